10 A$ = "APPLE" : B$ = "BANANA"
20 PRINT A$ + B$; A$ < B$; A$ = "APPLE"; A$ > B$; "A" < "AB"; "b" > "B"
' EXPECT: APPLEBANANA-1 -1  0 -1 -1
