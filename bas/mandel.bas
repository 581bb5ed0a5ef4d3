10 REM MANDEL.BAS - the Mandelbrot set in characters
20 CHARS$ = " .:-=+*#%@"
30 FOR Y = -1.2 TO 1.2 STEP 0.1
40   LINE$ = ""
50   FOR X = -2.1 TO 0.9 STEP 0.04
60     ZR = 0 : ZI = 0 : N = 0
70     WHILE N < 30 AND ZR * ZR + ZI * ZI < 4
80       T = ZR * ZR - ZI * ZI + X : ZI = 2 * ZR * ZI + Y : ZR = T : N = N + 1
90     WEND
100    LINE$ = LINE$ + MID$(CHARS$, (N MOD 10) + 1, 1)
110  NEXT X
120  PRINT LINE$
130 NEXT Y
140 END
