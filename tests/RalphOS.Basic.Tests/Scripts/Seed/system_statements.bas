10 MEMSTATS
20 TASKS
30 PING "10.0.2.2"
40 PING "10.9.9.9"
50 S = SOCKET() : PRINT CONNECT(S, "10.0.2.2", 80)
' EXPECT: heap: 1000 free
' EXPECT: 1 shell
' EXPECT: 2 basic
' EXPECT: Reply from 10.0.2.2: time=3 ms
' EXPECT: Request to 10.9.9.9 timed out
' EXPECT:  1
