10 A$ = 5
' EXPECT: Type mismatch in 10
