10 RESUME
' EXPECT: RESUME without error in 10
