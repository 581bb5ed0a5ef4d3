10 A = 1 : A% = 2 : A$ = "S" : A# = 3
20 PRINT A; A%; A$; A!
30 LONGNAME = 5 : LONGNAME2 = 6 : PRINT LONGNAME + LONGNAME2
40 I% = 7.6 : PRINT I%; I% / 2
50 let x = 4 : print X
' EXPECT:  3  2 S 3
' EXPECT:  11
' EXPECT:  8  4
' EXPECT:  4
