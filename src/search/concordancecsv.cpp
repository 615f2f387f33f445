#include "concordancecsv.h"

#include "common/csv.h"

namespace Rapporteur::Search {

QString concordanceCsv(const QList<ConcordanceLine> &lines)
{
    QString csv =
        csvRow({QStringLiteral("document"), QStringLiteral("submission"), QStringLiteral("entity"),
                QStringLiteral("paragraph"), QStringLiteral("page"), QStringLiteral("offset"),
                QStringLiteral("left"), QStringLiteral("hit"), QStringLiteral("right"),
                QStringLiteral("footnote")});
    for (const ConcordanceLine &l : lines) {
        csv += csvRow({l.document, l.submissionId ? QString::number(*l.submissionId) : QString(),
                       l.entityCode, QString::number(l.paragraphId), QString::number(l.page),
                       QString::number(l.offset), l.left, l.hit, l.right,
                       l.footnote < 0 ? QString() : l.footnoteMarker});
    }
    return csv;
}

} // namespace Rapporteur::Search
