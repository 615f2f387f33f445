#pragma once

#include "pairagreement.h"

#include "storage/rollcallpositions.h"

#include <QList>
#include <QString>

namespace Rapporteur::Blocs {

// Agreement in long form, as researchers join it with other tables: one row per pair of states
// (each pair once, in the matrix's order) and group of votes, for the pairs with a vote compared.
struct AgreementRow
{
    QString stateA;
    QString stateB;
    QString session; // the group's: a session of roll calls, or empty for the votes chosen
    double agreement = 0;
    int compared = 0;
};

QList<AgreementRow> agreementRows(const AgreementMatrix &matrix, const QString &session = {});

// Two states' agreement session by session over the roll calls of a position table (rows with
// a vote compared only): the line of a pair's agreement over time. Each session's row equals the
// pair's row of agreementRows over that session's matrix.
QList<AgreementRow> pairAgreementBySession(const Storage::RollCallPositionTable &table,
                                           const QString &stateA, const QString &stateB,
                                           const AgreementOptions &options = {});

// The rows as CSV (common/csv.h: RFC 4180, CRLF) with the header
// `state_a,state_b,session,agreement,compared`.
QString agreementLongCsv(const QList<AgreementRow> &rows);

} // namespace Rapporteur::Blocs
