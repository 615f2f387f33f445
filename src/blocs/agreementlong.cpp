#include "agreementlong.h"

#include "rollcallvotes.h"

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

namespace {

// A state's positions on the given columns; a state with no row there is non-voting throughout.
QList<VotePosition> positionsOf(const Storage::RollCallPositionTable &table, qsizetype row,
                                const QList<qsizetype> &columns)
{
    QList<VotePosition> out;
    out.reserve(columns.size());
    for (const qsizetype c : columns) {
        const auto position = row < 0 ? std::nullopt : table.at(row, c);
        out.append(position ? votePositionOf(*position) : VotePosition::NonVoting);
    }
    return out;
}

} // namespace

QList<AgreementRow> pairAgreementBySession(const Storage::RollCallPositionTable &table,
                                           const QString &stateA, const QString &stateB,
                                           const AgreementOptions &options)
{
    const qsizetype a = table.codes.indexOf(stateA);
    const qsizetype b = table.codes.indexOf(stateB);
    QList<AgreementRow> rows;
    for (const auto &[session, columns] : table.columnsBySession()) {
        const PairAgreement pair =
            pairAgreement(positionsOf(table, a, columns), positionsOf(table, b, columns), options);
        if (const auto value = pair.value())
            rows.append(AgreementRow{stateA, stateB, session, *value, pair.compared});
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
