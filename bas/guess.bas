10 REM GUESS.BAS - guess the number; RND picks it, INPUT reads your guesses
20 RANDOMIZE TIMER
30 SECRET = INT(RND(1) * 100) + 1
40 TRIES = 0
50 PRINT "I am thinking of a number from 1 to 100."
60 INPUT "Your guess"; G
70 TRIES = TRIES + 1
80 IF G < SECRET THEN PRINT "Higher!" : GOTO 60
90 IF G > SECRET THEN PRINT "Lower!" : GOTO 60
100 PRINT "Right! You needed"; TRIES; "tries."
110 INPUT "Play again (Y/N)"; A$
120 IF UCASE$(LEFT$(A$, 1)) = "Y" THEN 30
130 END
