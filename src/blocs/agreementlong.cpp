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

// The two states' positions on those of the given columns where both were members (both have a
// row): a vote either was not a member for is compared under no rule.
std::pair<QList<VotePosition>, QList<VotePosition>>
positionsOfMembers(const Storage::RollCallPositionTable &table, qsizetype a, qsizetype b,
                   const QList<qsizetype> &columns)
{
    std::pair<QList<VotePosition>, QList<VotePosition>> out;
    if (a < 0 || b < 0)
        return out;
    for (const qsizetype c : columns) {
        const auto first = table.at(a, c);
        const auto second = table.at(b, c);
        if (!first || !second)
            continue;
        out.first.append(votePositionOf(*first));
        out.second.append(votePositionOf(*second));
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
        const auto [first, second] = positionsOfMembers(table, a, b, columns);
        const PairAgreement pair = pairAgreement(first, second, options);
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
