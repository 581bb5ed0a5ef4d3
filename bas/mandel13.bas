10 REM MANDEL13.BAS - the Mandelbrot set in 256 colours on the 320x200 graphics screen
20 REM Points inside the set are black; outside, the colour counts the steps to escape
30 REM through the palette's bright hues (32..103). RUN it at the serial console; it
40 REM waits SECS seconds (ARG$(1), default 10) or a key before the text screen returns.
50 SECS = 10 : IF ARGC > 0 THEN SECS = VAL(ARG$(1))
60 MAXN = 48
70 SCREEN 13
80 FOR PY = 0 TO 199
90   CI = -1.25 + PY * 2.5 / 200
100  FOR PX = 0 TO 319
110    CR = -2.5 + PX * 3.5 / 320
120    ZR = 0 : ZI = 0 : N = 0
130    WHILE N < MAXN AND ZR * ZR + ZI * ZI < 4
140      T = ZR * ZR - ZI * ZI + CR : ZI = 2 * ZR * ZI + CI : ZR = T : N = N + 1
150    WEND
160    IF N = MAXN THEN C = 0 ELSE C = 32 + (N * 3) MOD 72
170    PSET (PX, PY), C
180  NEXT PX
190 NEXT PY
200 LINE (0, 0)-(319, 199), 15, B
210 FOR W = 1 TO SECS * 10
220   IF INKEY$ <> "" THEN W = SECS * 10 ELSE SLEEP 100
230 NEXT W
240 END
