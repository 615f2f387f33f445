-- Every code has a colour: the codes made without one (by the CLI, an import) were shown in a
-- colour the program worked out from their id, which changed when an undo gave the code a new
-- id and could be another code's. They take the palette of storage/codecolours.cpp in turn, in
-- the order they were made; new codes are given the least used (CodebookRepository::create).
UPDATE code
SET colour = (
    SELECT CASE (n - 1) % 10
               WHEN 0 THEN '#e6194b' WHEN 1 THEN '#3cb44b' WHEN 2 THEN '#4363d8'
               WHEN 3 THEN '#f58231' WHEN 4 THEN '#911eb4' WHEN 5 THEN '#42d4f4'
               WHEN 6 THEN '#f032e6' WHEN 7 THEN '#bfef45' WHEN 8 THEN '#9a6324'
               ELSE '#469990'
           END
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n
          FROM code WHERE colour IS NULL) AS uncoloured
    WHERE uncoloured.id = code.id)
WHERE colour IS NULL;
