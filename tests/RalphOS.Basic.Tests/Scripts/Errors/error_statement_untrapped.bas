10 ERROR 11
' EXPECT: Division by zero in 10
