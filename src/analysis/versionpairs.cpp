#include "versionpairs.h"

#include "storage/documentversions.h"

#include <algorithm>

namespace Rapporteur::Analysis {

namespace {

Result<Storage::StoredVersion> readVersion(Storage::Database &db, const QString &symbol,
                                           const QString &language)
{
    auto version = Storage::readStoredVersion(db, symbol, language);
    if (!version)
        return version.error();
    if (!version->has_value())
        return Storage::unknownVersion(symbol, language);
    return std::move(**version);
}

// The first version of the symbol in another language than `language`.
Result<QString> otherLanguage(Storage::Database &db, const QString &symbol, const QString &language)
{
    auto languages = Storage::versionLanguages(db, symbol);
    if (!languages)
        return languages.error();
    for (const QString &l : std::as_const(*languages)) {
        if (l != language)
            return l;
    }
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("%1 has no other language version than %2").arg(symbol, language),
                 {}};
}

} // namespace

qint64 VersionPairs::paragraphId(const Storage::StoredVersion &version, int index) const
{
    return index >= 0 && index < version.paragraphIds.size() ? version.paragraphIds[index] : 0;
}

qint64 VersionPairs::submissionId(const Storage::StoredVersion &version, int index) const
{
    return index >= 0 && index < version.submissionIds.size() ? version.submissionIds[index] : 0;
}

std::optional<qint64> VersionPairs::counterpart(qint64 id) const
{
    for (const Segmentation::AlignedSubmissions &pair : alignment.submissions) {
        const qint64 l = submissionId(left, pair.left);
        const qint64 r = submissionId(right, pair.right);
        if (l == id && r != 0)
            return r;
        if (r == id && l != 0)
            return l;
    }
    return std::nullopt;
}

QList<ParallelRow> parallelRows(const VersionPairs &pairs, qint64 submissionId)
{
    // Each group of pairs (a submission, the rest) is in reading order; groups are merged by
    // where they stand in the left version, a pair with no left paragraph keeping its group's
    // place, so that a whole document reads from top to bottom.
    QList<std::pair<int, ParallelRow>> keyed;
    const auto addGroup = [&](const QList<Segmentation::AlignedParagraphs> &group) {
        int key = -1;
        for (const Segmentation::AlignedParagraphs &p : group) {
            if (p.left >= 0)
                key = p.left;
            ParallelRow row;
            row.leftId = pairs.paragraphId(pairs.left, p.left);
            row.rightId = pairs.paragraphId(pairs.right, p.right);
            if (p.left >= 0)
                row.left = pairs.left.document.paragraphs[p.left].text;
            if (p.right >= 0)
                row.right = pairs.right.document.paragraphs[p.right].text;
            row.score = p.score;
            keyed.append({key, row});
        }
    };
    for (const Segmentation::AlignedSubmissions &s : pairs.alignment.submissions) {
        if (submissionId == 0 || pairs.submissionId(pairs.left, s.left) == submissionId ||
            pairs.submissionId(pairs.right, s.right) == submissionId)
            addGroup(s.paragraphs);
    }
    if (submissionId == 0)
        addGroup(pairs.alignment.outside);
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ParallelRow> out;
    for (auto &[key, row] : keyed)
        out.append(std::move(row));
    return out;
}

Result<VersionPairs> alignStoredVersions(Storage::Database &db, const QString &symbol,
                                         const QString &leftLanguage, const QString &rightLanguage)
{
    auto left = readVersion(db, symbol, leftLanguage);
    if (!left)
        return left.error();
    QString right = rightLanguage;
    if (right.isEmpty()) {
        auto other = otherLanguage(db, symbol, left->document.language);
        if (!other)
            return other.error();
        right = *other;
    }
    if (right == left->document.language)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("a version is aligned with another language, not with "
                                    "itself (%1)")
                         .arg(right),
                     {}};
    auto rightVersion = readVersion(db, symbol, right);
    if (!rightVersion)
        return rightVersion.error();
    VersionPairs out;
    out.left = std::move(left).value();
    out.right = std::move(rightVersion).value();
    out.alignment = Segmentation::alignVersions(out.left.document, out.right.document);
    return out;
}

} // namespace Rapporteur::Analysis
