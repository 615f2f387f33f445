<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
</TS>
