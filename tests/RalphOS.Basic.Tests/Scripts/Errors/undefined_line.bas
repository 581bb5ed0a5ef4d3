10 GOTO 999
' EXPECT: Undefined line number in 10
