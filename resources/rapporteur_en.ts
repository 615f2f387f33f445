<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Rapporteur::Gui::AgreementHeatMap</name>
    <message numerus="yes">
        <source>Agreement %1 over %n vote(s)</source>
        <translation>
            <numerusform>Agreement %1 over %n vote</numerusform>
            <numerusform>Agreement %1 over %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocChoicePanel</name>
    <message numerus="yes">
        <source>%1 of %n vote(s)</source>
        <translation>
            <numerusform>%1 of %n vote</numerusform>
            <numerusform>%1 of %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocTreeModel</name>
    <message numerus="yes">
        <source>Bloc %1 · %n state(s)</source>
        <translation>
            <numerusform>Bloc %1 · %n state</numerusform>
            <numerusform>Bloc %1 · %n states</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocsMatrixPage</name>
    <message numerus="yes">
        <source>%1 and %2: agreement %3 over %n vote(s)</source>
        <translation>
            <numerusform>%1 and %2: agreement %3 over %n vote</numerusform>
            <numerusform>%1 and %2: agreement %3 over %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocsView</name>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s)</source>
        <translation>
            <numerusform>%n bloc</numerusform>
            <numerusform>%n blocs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocsVotesPage</name>
    <message numerus="yes">
        <source>Of the %n state(s) with a submission in the corpus: </source>
        <translation>
            <numerusform>Of the %n state with a submission in the corpus: </numerusform>
            <numerusform>Of the %n states with a submission in the corpus: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CitationModel</name>
    <message numerus="yes">
        <source>Named %n time(s) in this place</source>
        <translation>
            <numerusform>Named %n time in this place</numerusform>
            <numerusform>Named %n times in this place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodebookModel</name>
    <message numerus="yes">
        <source>%n coding(s) with this code</source>
        <translation>
            <numerusform>%n coding with this code</numerusform>
            <numerusform>%n codings with this code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with its sub-codes</source>
        <translation>
            <numerusform>%n with its sub-codes</numerusform>
            <numerusform>%n with its sub-codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodebookPanel</name>
    <message numerus="yes">
        <source>Orphaned codings: %n whose text is no longer in its document, kept with their quotes.</source>
        <translation>
            <numerusform>Orphaned codings: %n whose text is no longer in its document, kept with its quote.</numerusform>
            <numerusform>Orphaned codings: %n whose text is no longer in its document, kept with their quotes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its sub-codes have %n coding(s). Delete the code and its codings? (Edit ▸ Undo brings them back.)</source>
        <translation>
            <numerusform>“%1” and its sub-codes have %n coding. Delete the code and its coding? (Edit ▸ Undo brings them back.)</numerusform>
            <numerusform>“%1” and its sub-codes have %n codings. Delete the code and its codings? (Edit ▸ Undo brings them back.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new code(s) from %1.</source>
        <translation>
            <numerusform>%n new code from %1.</numerusform>
            <numerusform>%n new codes from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingAgreementPage</name>
    <message numerus="yes">
        <source>%1 and %2: %n paragraph(s) that either of them coded</source>
        <translation>
            <numerusform>%1 and %2: %n paragraph that either of them coded</numerusform>
            <numerusform>%1 and %2: %n paragraphs that either of them coded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %n paragraph(s) of the documents either of them coded in</source>
        <translation>
            <numerusform>%1 and %2: %n paragraph of the documents either of them coded in</numerusform>
            <numerusform>%1 and %2: %n paragraphs of the documents either of them coded in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: they disagree on %n paragraph(s)</source>
        <translation>
            <numerusform>%1: they disagree on %n paragraph</numerusform>
            <numerusform>%1: they disagree on %n paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingAnalysisView</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n orphaned (not counted in the matrices)</source>
        <translation>
            <numerusform>, %n orphaned (not counted in the matrices)</numerusform>
            <numerusform>, %n orphaned (not counted in the matrices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingEditor</name>
    <message numerus="yes">
        <source>Code Selection with %n Codes</source>
        <translation>
            <numerusform>Code Selection with %n Code</numerusform>
            <numerusform>Code Selection with %n Codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingMatrixPage</name>
    <message numerus="yes">
        <source>%1 × %2: %n segment(s)</source>
        <translation>
            <numerusform>%1 × %2: %n segment</numerusform>
            <numerusform>%1 × %2: %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingRetrievalPage</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ConcordanceView</name>
    <message numerus="yes">
        <source>“%1”: %n occurrence(s)</source>
        <translation>
            <numerusform>“%1”: %n occurrence</numerusform>
            <numerusform>“%1”: %n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CorpusTreeModel</name>
    <message numerus="yes">
        <source>%1: %n submission(s)</source>
        <translation>
            <numerusform>%1: %n submission</numerusform>
            <numerusform>%1: %n submissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::DatabaseChecker</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ImportDialogs</name>
    <message numerus="yes">
        <source>Warning: %n coding(s) no longer find their text: they are kept, listed under Orphaned codings in the Codebook dock.</source>
        <translation>
            <numerusform>Warning: %n coding no longer finds its text: it is kept, listed under Orphaned codings in the Codebook dock.</numerusform>
            <numerusform>Warning: %n codings no longer find their text: they are kept, listed under Orphaned codings in the Codebook dock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::InstrumentMatrixModel</name>
    <message numerus="yes">
        <source>%1 names %2: %n time(s)</source>
        <translation>
            <numerusform>%1 names %2: %n time</numerusform>
            <numerusform>%1 names %2: %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::PlenaryRecordView</name>
    <message numerus="yes">
        <source>%n roll call(s) from session %1 to %2: %3 yes, %4 no, %5 abstaining, %6 not voting.</source>
        <translation>
            <numerusform>%n roll call from session %1 to %2: %3 yes, %4 no, %5 abstaining, %6 not voting.</numerusform>
            <numerusform>%n roll calls from session %1 to %2: %3 yes, %4 no, %5 abstaining, %6 not voting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolution series (%n): the same title in two sessions or more</source>
        <translation>
            <numerusform>Resolution series (%n): the same title in two sessions or more</numerusform>
            <numerusform>Resolution series (%n): the same title in two sessions or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n roll call(s), %2 yes, %3 no, %4 abstaining</source>
        <translation>
            <numerusform>%1: %n roll call, %2 yes, %3 no, %4 abstaining</numerusform>
            <numerusform>%1: %n roll calls, %2 yes, %3 no, %4 abstaining</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ProfileView</name>
    <message numerus="yes">
        <source>Recorded votes (%n)</source>
        <translation>
            <numerusform>Recorded votes (%n)</numerusform>
            <numerusform>Recorded votes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 (%n paragraph(s))</source>
        <translation>
            <numerusform>%1: %2, %3 (%n paragraph)</numerusform>
            <numerusform>%1: %2, %3 (%n paragraphs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submissions (%n)</source>
        <translation>
            <numerusform>Submissions (%n)</numerusform>
            <numerusform>Submissions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sponsorships (%n)</source>
        <translation>
            <numerusform>Sponsorships (%n)</numerusform>
            <numerusform>Sponsorships (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::RecordBlocsView</name>
    <message numerus="yes">
        <source>%n roll call(s), %1 states; the map&apos;s two axes show %2% and %3% of the distances (1 − agreement); the heat map outlines %4 blocs.</source>
        <translation>
            <numerusform>%n roll call, %1 states; the map&apos;s two axes show %2% and %3% of the distances (1 − agreement); the heat map outlines %4 blocs.</numerusform>
            <numerusform>%n roll calls, %1 states; the map&apos;s two axes show %2% and %3% of the distances (1 − agreement); the heat map outlines %4 blocs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ReferenceTargetModel</name>
    <message numerus="yes">
        <source>%n paragraph(s) name it, %1 time(s) in all</source>
        <translation>
            <numerusform>%n paragraph names it, %1 time(s) in all</numerusform>
            <numerusform>%n paragraphs name it, %1 time(s) in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ReferencesView</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — cited by %n paragraph(s)</source>
        <translation>
            <numerusform>%1 — cited by %n paragraph</numerusform>
            <numerusform>%1 — cited by %n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n mention(s)</source>
        <translation>
            <numerusform>, %n mention</numerusform>
            <numerusform>, %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) × %3 %4: named %n time(s)</source>
        <translation>
            <numerusform>%1 (%2) × %3 %4: named %n time</numerusform>
            <numerusform>%1 (%2) × %3 %4: named %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n target(s)</source>
        <translation>
            <numerusform>%1 of %n target</numerusform>
            <numerusform>%1 of %n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::SearchPanel</name>
    <message numerus="yes">
        <source>%n paragraph(s), best first</source>
        <translation>
            <numerusform>%n paragraph, best first</numerusform>
            <numerusform>%n paragraphs, best first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::StateSubmissionsPane</name>
    <message numerus="yes">
        <source>%n submission(s) in the corpus; double-click one to read it.</source>
        <translation>
            <numerusform>%n submission in the corpus; double-click it to read it.</numerusform>
            <numerusform>%n submissions in the corpus; double-click one to read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n state(s) have a submission in the corpus.</source>
        <translation>
            <numerusform>%1 of %n state has a submission in the corpus.</numerusform>
            <numerusform>%1 of %n states have a submission in the corpus.</numerusform>
        </translation>
    </message>
</context>
</TS>
