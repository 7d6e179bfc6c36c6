/*
 * CSubset: the C11 subset Vigor NFs are written in (see docs/c-subset.md for NF developers).
 *
 * Input is the token stream of the engine's own preprocessor (dev.vigor.engine.c.preprocess): the
 * lexer rules below only fix the token vocabulary. Identifiers declared by `typedef` arrive as
 * TypedefName tokens (the classic C "lexer hack", done by a pre-scan of the token stream).
 *
 * ACCEPTED
 *  - File scope: typedefs; struct definitions; enums; function prototypes and definitions
 *    (`static`, `inline`, `extern` allowed); `const` globals with constant initializers;
 *    `extern const` globals (NF_CONFIG, bound from nf.properties); the libVig instantiation forms
 *      VIG_EMAP(name, key_type, cap)            VIG_VECTOR(name, elem_type, cap)
 *      VIG_VECTOR_BOUNDED(name, elem_type, cap, bound)
 *      VIG_MAP(name, key_type, value_type, cap) VIG_MAP_BOUNDED(name, key_type, value_type, cap, bound)
 *      VIG_DCHAIN(name, cap)   VIG_CHT(name, backend_cap, height)   VIG_LPM(name, cap)
 *      NF_EXPORT_STATE(obj, "spec_name")
 *    where a bound is a C expression over the element's fields (over `value` for a scalar type).
 *  - Types: the C integer types, _Bool/bool, the <stdint.h> types, size_t, structs, enums, fixed
 *    arrays with constant length, pointers (to packet bytes, header structs, locals, libVig
 *    elements), void; `const` (enforced), `volatile`/`restrict` (ignored).
 *  - Statements: blocks, local declarations with initializers (including `{...}` lists and
 *    `.field =` / `[index] =` designators), if/else, for/while/do-while loops with a visible bound,
 *    break, continue, return, expression statements.
 *  - Expressions: every C integer operator including compound assignment, ++/--, ?:, casts,
 *    sizeof(type) and sizeof expr, &, *, ->, ., [], calls to NF functions and libVig functions,
 *    (void)x; string literals only as NF_EXPORT_STATE names.
 *
 * LOOP BOUNDS (checked by dev.vigor.engine.c.lower.LoopBounds): a `for` loop is accepted when
 *   - its condition is `i < E`, `i <= E`, `i != E` (increasing), or `i > E`, `i >= E`
 *     (decreasing), possibly `&&`-ed with further conditions (which can only shorten the loop);
 *   - its step is `i++`, `++i`, `i += K`, `i = i + K` (or the decreasing forms) with K a positive
 *     constant, and the body neither assigns i nor takes its address;
 *   - E has a known bound: a constant expression, or an expression whose type is at most 16 bits
 *     wide (e.g. a uint16_t length: bound 65535), or the minimum/maximum of the two, via sizeof etc.;
 *   - i's type can count one step past the bound without wrapping.
 *   The bound (maximum iterations) is recorded on the IR loop. A `while`/`do` loop is accepted in
 *   the same increasing/decreasing shape when its body ends with the step, or when its condition
 *   is the constant 0 (`do { ... } while (0)`). Anything else is rejected: "loop has no visible bound".
 *
 * PARSED ONLY TO BE REJECTED WITH A WHAT-TO-DO MESSAGE (by the checker): union, float/double,
 *   goto and labels, switch, inline asm, varargs (...), function pointers, static locals, bit-fields,
 *   VLAs, mutable globals.
 */
grammar CSubset;

// ---------------------------------------------------------------------------------- file scope

translationUnit : externalDeclaration* EOF ;

externalDeclaration
  : functionDefinition
  | libvigForm ';'
  | declaration
  | ';'
  ;

functionDefinition : declarationSpecifiers declarator compoundStatement ;

libvigForm
  : kind='VIG_EMAP' '(' Identifier ',' typeName ',' expr ')'                                 # emapForm
  | kind='VIG_VECTOR' '(' Identifier ',' typeName ',' expr ')'                               # vectorForm
  | kind='VIG_VECTOR_BOUNDED' '(' Identifier ',' typeName ',' expr ',' expr ')'              # vectorForm
  | kind='VIG_MAP' '(' Identifier ',' typeName ',' typeName ',' expr ')'                     # mapForm
  | kind='VIG_MAP_BOUNDED' '(' Identifier ',' typeName ',' typeName ',' expr ',' expr ')'    # mapForm
  | kind='VIG_DCHAIN' '(' Identifier ',' expr ')'                                            # dchainForm
  | kind='VIG_CHT' '(' Identifier ',' expr ',' expr ')'                                      # chtForm
  | kind='VIG_LPM' '(' Identifier ',' expr ')'                                               # lpmForm
  | kind='NF_EXPORT_STATE' '(' Identifier ',' StringLiteral+ ')'                             # exportForm
  ;

// -------------------------------------------------------------------------------- declarations

declaration : declarationSpecifiers initDeclarator (',' initDeclarator)* ';'
            | declarationSpecifiers ';'
            ;

declarationSpecifiers : declarationSpecifier+ ;

declarationSpecifier
  : storage=('typedef' | 'extern' | 'static' | 'auto' | 'register' | '_Thread_local')
  | typeQualifier
  | ('inline' | '_Noreturn')
  | typeSpecifier
  ;

typeQualifier : 'const' | 'volatile' | 'restrict' ;

typeSpecifier
  : 'void' | 'char' | 'short' | 'int' | 'long' | 'signed' | 'unsigned' | '_Bool'
  | 'float' | 'double'
  | structSpecifier
  | unionSpecifier
  | enumSpecifier
  | TypedefName
  ;

structSpecifier
  : 'struct' Identifier? '{' structDeclaration* '}'
  | 'struct' Identifier
  ;

unionSpecifier : 'union' Identifier? ('{' structDeclaration* '}')? ;

structDeclaration : specifierQualifierList structDeclarator (',' structDeclarator)* ';' ;

structDeclarator : declarator (':' expr)? ;

specifierQualifierList : (typeSpecifier | typeQualifier)+ ;

enumSpecifier
  : 'enum' Identifier? '{' enumerator (',' enumerator)* ','? '}'
  | 'enum' Identifier
  ;

enumerator : Identifier ('=' expr)? ;

initDeclarator : declarator ('=' initializer)? ;

declarator : pointer* directDeclarator ;

pointer : '*' typeQualifier* ;

directDeclarator
  : Identifier                                          # nameDeclarator
  | '(' declarator ')'                                  # parenDeclarator
  | directDeclarator '[' expr? ']'                      # arrayDeclarator
  | directDeclarator '(' parameterList? ')'             # functionDeclarator
  ;

parameterList : parameterDeclaration (',' parameterDeclaration)* (',' ellipsis='...')? ;

parameterDeclaration : declarationSpecifiers (declarator | abstractDeclarator)? ;

typeName : specifierQualifierList abstractDeclarator? ;

abstractDeclarator
  : pointer+ ('[' expr ']')*
  | ('[' expr ']')+
  | pointer* '(' '*' ')' '(' parameterList? ')'
  ;

initializer
  : expr
  | '{' (initializerItem (',' initializerItem)* ','?)? '}'
  ;

initializerItem : designator* initializer ;

designator
  : '.' Identifier '='?
  | '[' expr ']' '='?
  ;

// ---------------------------------------------------------------------------------- statements

compoundStatement : '{' blockItem* '}' ;

blockItem : declaration | statement ;

statement
  : compoundStatement                                                        # blockStmt
  | expression? ';'                                                          # exprStmt
  | 'if' '(' expression ')' statement ('else' statement)?                    # ifStmt
  | 'for' '(' (declaration | init=expression? ';') cond=expression? ';' step=expression? ')' statement  # forStmt
  | 'while' '(' expression ')' statement                                     # whileStmt
  | 'do' statement 'while' '(' expression ')' ';'                            # doStmt
  | 'break' ';'                                                              # breakStmt
  | 'continue' ';'                                                           # continueStmt
  | 'return' expression? ';'                                                 # returnStmt
  | 'goto' Identifier ';'                                                    # gotoStmt
  | Identifier ':' statement                                                 # labelStmt
  | 'switch' '(' expression ')' statement                                    # switchStmt
  | ('case' expr | 'default') ':' statement                                  # caseStmt
  | ('asm' | '__asm__') 'volatile'? '(' ~')'* ')' ';'                       # asmStmt
  ;

// --------------------------------------------------------------------------------- expressions

expression : expr (',' expr)* ;

expr
  : Identifier                                                     # nameExpr
  | IntegerConstant                                                # intExpr
  | CharacterConstant                                              # charExpr
  | FloatingConstant                                               # floatExpr
  | StringLiteral+                                                 # stringExpr
  | '(' expression ')'                                             # parenExpr
  | expr '[' expression ']'                                        # indexExpr
  | expr '(' (expr (',' expr)*)? ')'                               # callExpr
  | expr op=('.' | '->') Identifier                                # memberExpr
  | expr op=('++' | '--')                                          # postfixExpr
  | op=('++' | '--') expr                                          # prefixExpr
  | op=('&' | '*' | '+' | '-' | '~' | '!') expr                    # unaryExpr
  | '(' typeName ')' expr                                          # castExpr
  | 'sizeof' '(' typeName ')'                                      # sizeofTypeExpr
  | 'sizeof' expr                                                  # sizeofExpr
  | expr op=('*' | '/' | '%') expr                                 # binaryExpr
  | expr op=('+' | '-') expr                                       # binaryExpr
  | expr op=('<<' | '>>') expr                                     # binaryExpr
  | expr op=('<' | '>' | '<=' | '>=') expr                         # binaryExpr
  | expr op=('==' | '!=') expr                                     # binaryExpr
  | expr op='&' expr                                               # binaryExpr
  | expr op='^' expr                                               # binaryExpr
  | expr op='|' expr                                               # binaryExpr
  | expr op='&&' expr                                              # logicalExpr
  | expr op='||' expr                                              # logicalExpr
  | <assoc=right> expr '?' expression ':' expr                     # conditionalExpr
  | <assoc=right> expr op=('=' | '*=' | '/=' | '%=' | '+=' | '-=' | '<<=' | '>>=' | '&=' | '^=' | '|=') expr  # assignExpr
  ;

// ------------------------------------------------------------------------------------- lexicon

TypedefName : '\u0000' ; // never lexed: the token pre-scan retypes typedef'd identifiers

Identifier : [a-zA-Z_] [a-zA-Z_0-9]* ;
IntegerConstant : [0-9] [0-9a-zA-Z_]* ;
FloatingConstant : [0-9]* '.' [0-9]+ ([eE] [+-]? [0-9]+)? [fFlL]? ;
CharacterConstant : '\'' (~['\\\r\n] | '\\' .)+ '\'' ;
StringLiteral : '"' (~["\\\r\n] | '\\' .)* '"' ;
Whitespace : [ \t\r\n]+ -> skip ;
