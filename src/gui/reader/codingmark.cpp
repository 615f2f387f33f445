#include "codingmark.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <array>

namespace Rapporteur::Gui {

namespace {

// Distinct, saturated enough to tell apart as bars, light enough as a tint behind black text.
constexpr std::array<const char *, 10> kPalette = {"#e6194b", "#3cb44b", "#4363d8", "#f58231",
                                                   "#911eb4", "#42d4f4", "#f032e6", "#bfef45",
                                                   "#9a6324", "#469990"};

} // namespace

QColor codeColour(const Storage::CodeRecord &code)
{
    if (const QColor own(code.colour); !code.colour.isEmpty() && own.isValid())
        return own;
    return QColor(QLatin1String(kPalette.at(static_cast<size_t>(code.id) % kPalette.size())));
}

QString suggestedCodeColour(const QList<Storage::CodeRecord> &codebook)
{
    QHash<QString, int> uses;
    for (const auto &code : codebook)
        ++uses[code.colour];
    const auto least =
        std::min_element(kPalette.cbegin(), kPalette.cend(), [&uses](const char *a, const char *b) {
            return uses.value(QLatin1String(a)) < uses.value(QLatin1String(b));
        });
    return QLatin1String(*least);
}

QList<CodingMark> marksOf(const QList<Storage::CodingRecord> &codings,
                          const QList<Storage::CodeRecord> &codebook)
{
    QHash<qint64, const Storage::CodeRecord *> codeOf;
    for (const auto &code : codebook)
        codeOf.insert(code.id, &code);
    QList<CodingMark> marks;
    for (const auto &coding : codings) {
        const Storage::CodeRecord *code = codeOf.value(coding.codeId);
        if (coding.anchor.orphaned || !code)
            continue;
        marks.append({coding.id,
                      {coding.anchor.paragraphId, coding.anchor.start, coding.anchor.end},
                      codeColour(*code),
                      code->path,
                      coding.coder,
                      coding.createdAt,
                      coding.memo,
                      coding.anchor.quote});
    }
    return marks;
}

QString describeMark(const CodingMark &mark)
{
    QDateTime when = QDateTime::fromString(mark.createdAt, Qt::ISODate);
    const QString time = when.isValid()
                             ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : mark.createdAt;
    QString text = QCoreApplication::translate("Rapporteur::Gui::CodingMark", "%1 — %2, %3")
                       .arg(mark.codePath, mark.coder, time);
    if (!mark.memo.isEmpty())
        text +=
            QLatin1Char('\n') +
            QCoreApplication::translate("Rapporteur::Gui::CodingMark", "Memo: %1").arg(mark.memo);
    return text;
}

} // namespace Rapporteur::Gui
