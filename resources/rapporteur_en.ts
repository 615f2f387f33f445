<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
</TS>
