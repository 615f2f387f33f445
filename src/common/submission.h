#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Rapporteur {

// One state's (or organisation's) reply inside a compilation report.
struct Submission
{
    QString heading;       // as written, lines joined: "大不列颠及北爱尔兰联合王国"
    QString entityCode;    // ISO 3166-1 alpha-3 (or our code for non-states); empty if unresolved
    QStringList languages; // original languages, ISO 639-1, in the order the document gives them
    QDate date;            // date of the reply; invalid when the document gives none
    QString group;         // the group heading it sits under: "A. 各国政府"
    QString section;       // the numbered section it sits in: "二. 答复"
    int page = 0;
    bool operator==(const Submission &) const = default;
};

} // namespace Rapporteur
