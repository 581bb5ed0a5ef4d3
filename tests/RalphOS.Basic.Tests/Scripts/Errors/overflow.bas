10 A% = 40000 * 100000
' EXPECT: Overflow in 10
