10 REM HELLO.BAS - greets with its arguments; start it with SPAWN "hello", "a", "b"
20 PRINT "Hello from "; ARG$(0); " with"; ARGC; "arguments:";
30 FOR I = 1 TO ARGC : PRINT " "; ARG$(I); : NEXT I
40 PRINT
