#pragma once

#include "common/result.h"
#include "storage/codingrecords.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Coding {

// Agreement between two coders, per code, with paragraphs as the units: for each unit and code,
// each coder either applied the code somewhere in the paragraph (1) or did not (0). Orphaned
// codings have no paragraph and take no part.

// A paragraph where the two coders differ on a code.
struct Disagreement
{
    qint64 paragraphId = 0;
    QString document;
    bool byFirst = false; // which of the two applied the code there
    bool bySecond = false;
};

struct CodeAgreement
{
    QString codePath;
    // The 2×2 table over the units: both applied the code, only the first, only the second,
    // neither.
    int both = 0;
    int onlyFirst = 0;
    int onlySecond = 0;
    int neither = 0;
    int units() const { return both + onlyFirst + onlySecond + neither; }
    std::optional<double> percent; // (both + neither) / units; empty without units
    // Empty where undefined: every unit in one category (expected agreement 1).
    std::optional<double> kappa; // Cohen's
    std::optional<double> alpha; // Krippendorff's, nominal, two coders, no missing values
    QList<Disagreement> disagreements;
};

struct AgreementReport
{
    QString first;
    QString second;
    bool excludeUncoded = false;
    int units = 0;
    QList<CodeAgreement> codes; // every code either coder applied, by path
};

// Cohen's kappa and Krippendorff's alpha of a 2×2 table (see agreement.cpp for the formulas).
std::optional<double> cohensKappa(int both, int onlyFirst, int onlySecond, int neither);
std::optional<double> krippendorffsAlpha(int both, int onlyFirst, int onlySecond, int neither);

// Pure: units are the paragraphs to compare on; with excludeUncoded, those where neither coder
// applied any code are left out.
AgreementReport computeAgreement(const QList<Storage::CodingRecord> &codings,
                                 const QList<Storage::ParagraphText> &units, const QString &first,
                                 const QString &second, bool excludeUncoded);

// Reads the two coders' codings; the units are every paragraph of each document either of them
// coded in (a document neither touched says nothing about their agreement).
Result<AgreementReport> readAgreement(Storage::Database &db, const QString &first,
                                      const QString &second, bool excludeUncoded);

} // namespace Rapporteur::Coding
