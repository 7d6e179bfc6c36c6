@echo off
rem vigor.cmd: runs the Vigor Workbench from this source checkout on Windows, building it first
rem when needed. The same as the bash script "vigor" next to it.
rem
rem   vigor                open the workbench window
rem   vigor ^<command^> ...  run the headless CLI (vigor --help lists the commands)
rem
rem   JAVA_HOME        the JDK to use (else java on PATH); Java 17 or newer
rem   VIGOR_JAVA_OPTS  extra JVM options, e.g. -Dvigor.startupTiming=true
setlocal EnableExtensions EnableDelayedExpansion

set "REPO=%~dp0"
if "%REPO:~-1%"=="\" set "REPO=%REPO:~0,-1%"
set "TARGET=%REPO%\app\target"
set "STAMP=%TARGET%\.vigor-built"
set "LOG=%REPO%\.vigor-build.log"

set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>nul
if errorlevel 1 (
  echo vigor: no Java found; install a JDK 17 or newer, or set JAVA_HOME 1>&2
  exit /b 3
)

if not exist "%TARGET%" mkdir "%TARGET%"
set "REASON="
if not exist "%STAMP%" set "REASON=first run, takes a minute"
if not exist "%TARGET%\lib" set "REASON=first run, takes a minute"
if defined REASON goto build

rem Rebuild when a main source, resource or pom is newer than the last build (cmd cannot compare
rem file times, PowerShell can). Tests, docs and the NF catalog do not end up in the jars, except
rem the spec-language guide (Help > Spec language guide).
powershell -NoProfile -ExecutionPolicy Bypass -Command ^
  "$s = (Get-Item -LiteralPath $env:STAMP).LastWriteTimeUtc;" ^
  "$files = @(Get-Item -LiteralPath (Join-Path $env:REPO 'pom.xml'), (Join-Path $env:REPO 'docs\spec-language.md'));" ^
  "foreach ($d in Get-ChildItem -LiteralPath $env:REPO -Directory) {" ^
  "  if ($d.Name -notin '.git', 'nf-catalog', 'docs', 'target') {" ^
  "    $files += Get-ChildItem -LiteralPath $d.FullName -Recurse -File | Where-Object { $_.FullName -notmatch '\\target\\' -and ($_.Name -eq 'pom.xml' -or $_.FullName -match '\\src\\main\\') } } };" ^
  "if ($files | Where-Object { $_.LastWriteTimeUtc -gt $s } | Select-Object -First 1) { exit 1 } else { exit 0 }"
if errorlevel 1 set "REASON=sources changed"
if not defined REASON goto run

:build
where mvn >nul 2>nul
if errorlevel 1 (
  echo vigor: Maven ^(mvn^) is needed to build the workbench from source; install it and run vigor again 1>&2
  exit /b 3
)
echo vigor: building the workbench (%REASON%)... 1>&2
rem Stamp the start, not the end: a file saved during the build triggers the next rebuild.
type nul > "%TARGET%\.vigor-build-started"
pushd "%REPO%"
call mvn -B -q -Dstyle.color=never -DskipTests package -pl app -am > "%LOG%" 2>&1
set "BUILD_EXIT=%ERRORLEVEL%"
popd
if not "%BUILD_EXIT%"=="0" (
  type "%LOG%" 1>&2
  echo vigor: the build failed ^(log above, also in %LOG%^) 1>&2
  exit /b 3
)
move /y "%TARGET%\.vigor-build-started" "%STAMP%" >nul

:run
set "JAR="
for /f "delims=" %%j in ('dir /b /o-d "%TARGET%\vigor-app-*.jar" 2^>nul ^| findstr /v /e /c:"-sources.jar" /c:"-tests.jar" /c:"-javadoc.jar"') do (
  if not defined JAR set "JAR=%TARGET%\%%j"
)
if not defined JAR (
  echo vigor: the build produced no application jar in %TARGET% 1>&2
  exit /b 3
)

rem JavaFX goes on the module path (it warns about an unsupported setup on the class path).
set "CP=%JAR%"
set "MP="
for %%l in ("%TARGET%\lib\*.jar") do (
  set "NAME=%%~nxl"
  if /i "!NAME:~0,7!"=="javafx-" (
    if defined MP (set "MP=!MP!;%%~fl") else (set "MP=%%~fl")
  ) else (
    set "CP=!CP!;%%~fl"
  )
)

set "VIGOR_HOME=%REPO%"
rem JVM crash logs go to this user's folder, never the checkout or the current folder.
set "CACHE=%LOCALAPPDATA%\vigor"
if not defined LOCALAPPDATA set "CACHE=%TEMP%\vigor"
if not exist "%CACHE%\crash" mkdir "%CACHE%\crash" >nul 2>nul
set "CRASH=-XX:ErrorFile="%CACHE%\crash\hs_err_pid%%p.log" -XX:ReplayDataFile="%CACHE%\crash\replay_pid%%p.log" -XX:HeapDumpPath="%CACHE%\crash""
set "OPTS=-Dvigor.catalog="%REPO%\nf-catalog" -Dvigor.libvig.include="%REPO%\libvig\include" %CRASH% %VIGOR_JAVA_OPTS%"
rem A command runs with the throughput collector (see the vigor script), unless VIGOR_JAVA_OPTS,
rem JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS may name one: an option with "+Use" and one ending in
rem "GC" (cmd cannot match a pattern; dropping it when unsure only leaves Java's default).
set "GC=-XX:+UseParallelGC"
set "ANYOPTS= %VIGOR_JAVA_OPTS% %JDK_JAVA_OPTIONS% %JAVA_TOOL_OPTIONS% "
if not "%ANYOPTS:+Use=%"=="%ANYOPTS%" if not "%ANYOPTS:GC =%"=="%ANYOPTS%" set "GC="
rem Arguments pass through untouched: no delayed expansion (it eats "!"), no block (it trips on ")").
setlocal DisableDelayedExpansion
if "%~1"=="" goto window
"%JAVA%" %GC% %OPTS% -cp "%CP%" dev.vigor.app.Main %*
exit /b %ERRORLEVEL%

:window
"%JAVA%" %OPTS% --module-path "%MP%" --add-modules javafx.controls -cp "%CP%" dev.vigor.app.Main
exit /b %ERRORLEVEL%
