10 REM HANOI.BAS - towers of Hanoi with an explicit stack (GOSUB has no locals)
20 DISKS = 4
30 DIM N(20), F(20), T(20), V(20), S(20)
40 SP = 1 : N(1) = DISKS : F(1) = 1 : T(1) = 3 : V(1) = 2 : S(1) = 0
50 MOVES = 0
60 GOSUB 100
70 PRINT "Moved"; DISKS; "disks in"; MOVES; "moves."
80 END
100 REM move N(SP) disks from F(SP) to T(SP) via V(SP)
110 IF N(SP) = 0 THEN RETURN
120 SP = SP + 1 : N(SP) = N(SP - 1) - 1 : F(SP) = F(SP - 1) : T(SP) = V(SP - 1) : V(SP) = T(SP - 1)
130 GOSUB 100
140 SP = SP - 1
150 PRINT "Move disk"; N(SP); "from"; F(SP); "to"; T(SP)
160 MOVES = MOVES + 1
170 SP = SP + 1 : N(SP) = N(SP - 1) - 1 : F(SP) = V(SP - 1) : T(SP) = T(SP - 1) : V(SP) = F(SP - 1)
180 GOSUB 100
190 SP = SP - 1
200 RETURN
