#pragma once

#include "pairagreement.h"

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

// The rows as CSV (common/csv.h: RFC 4180, CRLF) with the header
// `state_a,state_b,session,agreement,compared`.
QString agreementLongCsv(const QList<AgreementRow> &rows);

} // namespace Rapporteur::Blocs
