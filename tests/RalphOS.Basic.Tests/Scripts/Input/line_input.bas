10 LINE INPUT "TEXT? "; T$
20 PRINT "["; T$; "]"
30 INPUT A$, B$
40 PRINT A$; "|"; B$
' INPUT: a, b; "c"
' INPUT: "x, y", z
' EXPECT: TEXT? a, b; "c"
' EXPECT: [a, b; "c"]
' EXPECT: ? "x, y", z
' EXPECT: x, y|z
