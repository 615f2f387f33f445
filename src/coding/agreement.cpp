#include "agreement.h"

#include "codingservice.h"

#include "storage/codingrepository.h"

#include <QHash>
#include <QSet>

#include <map>

namespace Rapporteur::Coding {

using Storage::CodingRecord;
using Storage::ParagraphText;

std::optional<double> cohensKappa(int both, int onlyFirst, int onlySecond, int neither)
{
    // a = both, b = only first, c = only second, d = neither, n = a + b + c + d.
    // Observed po = (a + d) / n; expected pe = ((a + b)(a + c) + (c + d)(b + d)) / n², the
    // chance that two coders with these marginals agree; kappa = (po − pe) / (1 − pe).
    const double n = both + onlyFirst + onlySecond + neither;
    if (n == 0)
        return std::nullopt;
    const double po = (both + neither) / n;
    const double pe = (double(both + onlyFirst) * (both + onlySecond) +
                       double(onlySecond + neither) * (onlyFirst + neither)) /
                      (n * n);
    if (pe >= 1.0)
        return std::nullopt;
    return (po - pe) / (1.0 - pe);
}

std::optional<double> krippendorffsAlpha(int both, int onlyFirst, int onlySecond, int neither)
{
    // Two coders, every unit coded by both: each unit gives two pairable values, so the
    // coincidence matrix holds o11 = 2a, o00 = 2d, o01 = o10 = b + c over N = 2n values, with
    // marginals n1 = 2a + b + c and n0 = 2d + b + c. Nominal alpha = 1 − Do/De with
    // Do = (o01 + o10) / N and De = 2·n0·n1 / (N (N − 1)), which gives
    // alpha = 1 − (N − 1)(b + c) / (n0·n1).
    const double n = both + onlyFirst + onlySecond + neither;
    const double n1 = 2.0 * both + onlyFirst + onlySecond;
    const double n0 = 2.0 * neither + onlyFirst + onlySecond;
    if (n == 0 || n0 * n1 == 0)
        return std::nullopt;
    return 1.0 - (2.0 * n - 1.0) * (onlyFirst + onlySecond) / (n0 * n1);
}

AgreementReport computeAgreement(const QList<CodingRecord> &codings,
                                 const QList<ParagraphText> &units, const QString &first,
                                 const QString &second, bool excludeUncoded)
{
    AgreementReport report;
    report.first = first;
    report.second = second;
    report.excludeUncoded = excludeUncoded;

    // code path -> paragraph -> {first applied it, second applied it}
    std::map<QString, QHash<qint64, std::pair<bool, bool>>> applied;
    QSet<qint64> coded; // paragraphs either coder coded with anything
    for (const CodingRecord &c : codings) {
        if (c.anchor.orphaned || (c.coder != first && c.coder != second))
            continue;
        auto &cell = applied[c.codePath][c.anchor.paragraphId];
        (c.coder == first ? cell.first : cell.second) = true;
        coded.insert(c.anchor.paragraphId);
    }
    QList<ParagraphText> kept;
    for (const ParagraphText &p : units) {
        if (!excludeUncoded || coded.contains(p.id))
            kept.append(p);
    }
    report.units = static_cast<int>(kept.size());

    for (const auto &[path, cells] : applied) {
        CodeAgreement code;
        code.codePath = path;
        for (const ParagraphText &p : std::as_const(kept)) {
            const auto [byFirst, bySecond] = cells.value(p.id, {false, false});
            if (byFirst && bySecond)
                ++code.both;
            else if (byFirst)
                ++code.onlyFirst;
            else if (bySecond)
                ++code.onlySecond;
            else
                ++code.neither;
            if (byFirst != bySecond)
                code.disagreements.append({p.id, p.document, byFirst, bySecond});
        }
        if (code.units() > 0)
            code.percent = double(code.both + code.neither) / code.units();
        code.kappa = cohensKappa(code.both, code.onlyFirst, code.onlySecond, code.neither);
        code.alpha = krippendorffsAlpha(code.both, code.onlyFirst, code.onlySecond, code.neither);
        report.codes.append(code);
    }
    return report;
}

Result<AgreementReport> readAgreement(Storage::Database &db, const QString &first,
                                      const QString &second, bool excludeUncoded)
{
    auto all = readCodings(db);
    if (!all)
        return all.error();
    QList<CodingRecord> codings;
    QList<qint64> documents; // in corpus order, each once
    for (const CodingRecord &c : std::as_const(*all)) {
        if (c.coder != first && c.coder != second)
            continue;
        codings.append(c);
        if (!c.anchor.orphaned && !documents.contains(c.anchor.documentId))
            documents.append(c.anchor.documentId);
    }
    Storage::CodingRepository repository(db);
    QList<ParagraphText> units;
    for (const qint64 document : std::as_const(documents)) {
        auto paragraphs = repository.paragraphsOfDocument(document);
        if (!paragraphs)
            return paragraphs.error();
        units += *paragraphs;
    }
    return computeAgreement(codings, units, first, second, excludeUncoded);
}

} // namespace Rapporteur::Coding
