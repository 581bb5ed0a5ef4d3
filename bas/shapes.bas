10 REM SHAPES.BAS - line art with the graphics statements: the 256-colour palette as
20 REM boxes (LINE ... BF), a string-art fan (LINE), circles and ellipses (CIRCLE), a
30 REM painted shape (PAINT) and a pie slice. Waits SECS seconds (ARG$(1), default 10)
40 REM or a key, then the text screen comes back.
50 SECS = 10 : IF ARGC > 0 THEN SECS = VAL(ARG$(1))
60 SCREEN 13
70 REM The palette: 16 rows of 16 boxes, 8x5 pixels each, in the top-left corner
80 FOR C = 0 TO 255
90   X = (C MOD 16) * 8 : Y = (C \ 16) * 5
100  LINE (X, Y)-STEP(7, 4), C, BF
110 NEXT C
120 REM A fan of lines between two edges of a square, in the hues
130 FOR I = 0 TO 20
140   LINE (140, 10 + I * 4)-(140 + I * 4, 90), 32 + I
150 NEXT I
160 REM Concentric circles; the mode's aspect makes them round on a 4:3 monitor
170 FOR R = 10 TO 50 STEP 10
180   CIRCLE (260, 50), R, 40 + R \ 10
190 NEXT R
200 REM A ring painted between two circles
210 CIRCLE (60, 140), 40, 15 : CIRCLE (60, 140), 20, 15
220 PAINT (60 + 30, 140), 4, 15
230 REM An ellipse (aspect 0.5), a pie slice with radius lines, and a painted box
240 CIRCLE (160, 150), 50, 14, , , .5
250 CIRCLE (270, 150), 35, 10, -.5, -5.5
260 LINE (120, 180)-(200, 195), 2, B : PAINT (160, 188), 2
270 FOR W = 1 TO SECS * 10
280   IF INKEY$ <> "" THEN W = SECS * 10 ELSE SLEEP 100
290 NEXT W
300 END
