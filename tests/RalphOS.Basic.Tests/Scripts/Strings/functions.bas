10 S$ = "Hello, World"
20 PRINT LEN(S$); LEFT$(S$, 5); "|"; RIGHT$(S$, 5); "|"; MID$(S$, 8); "|"; MID$(S$, 8, 3)
30 PRINT INSTR(S$, "o"); INSTR(6, S$, "o"); INSTR(S$, "z"); INSTR(S$, "")
40 PRINT UCASE$(S$); " "; LCASE$(S$)
50 PRINT CHR$(65); ASC("a"); VAL("3.5E2"); VAL("  -12abc"); VAL("x")
60 PRINT HEX$(255); " "; HEX$(-1); " "; OCT$(8)
70 PRINT "["; SPACE$(3); "]"; STRING$(4, "*"); STRING$(3, 66)
80 PRINT LEFT$("AB", 10); MID$("ABC", 5); "|"; RIGHT$("ABC", 0); "|"
90 PRINT LTRIM$("  X  "); "|"; RTRIM$("  X  "); "|"
' EXPECT:  12 Hello|World|World|Wor
' EXPECT:  5  9  0  1
' EXPECT: HELLO, WORLD hello, world
' EXPECT: A 97  350 -12  0
' EXPECT: FF FFFFFFFFFFFFFFFF 10
' EXPECT: [   ]****BBB
' EXPECT: AB||
' EXPECT: X  |  X|
