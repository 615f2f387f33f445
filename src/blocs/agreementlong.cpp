#include "agreementlong.h"

#include "common/csv.h"

namespace Rapporteur::Blocs {

QList<AgreementRow> agreementRows(const AgreementMatrix &matrix, const QString &session)
{
    QList<AgreementRow> rows;
    for (qsizetype i = 0; i < matrix.size(); ++i) {
        for (qsizetype j = i + 1; j < matrix.size(); ++j) {
            if (!matrix.values[i][j])
                continue; // no vote in common
            rows.append(AgreementRow{matrix.codes[i], matrix.codes[j], session,
                                     *matrix.values[i][j], matrix.compared[i][j]});
        }
    }
    return rows;
}

QString agreementLongCsv(const QList<AgreementRow> &rows)
{
    QString csv =
        csvRow({QStringLiteral("state_a"), QStringLiteral("state_b"), QStringLiteral("session"),
                QStringLiteral("agreement"), QStringLiteral("compared")});
    for (const AgreementRow &r : rows)
        csv += csvRow({r.stateA, r.stateB, r.session, QString::number(r.agreement, 'g', 10),
                       QString::number(r.compared)});
    return csv;
}

} // namespace Rapporteur::Blocs
