#include "codingmark.h"

#include "storage/codecolours.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace Rapporteur::Gui {

QColor codeColour(const Storage::CodeRecord &code)
{
    if (const QColor own(code.colour); !code.colour.isEmpty() && own.isValid())
        return own;
    // Every code has a colour since migration 0016; a hand-edited one that is no colour still
    // shows, in a colour of the palette.
    const QStringList &palette = Storage::codePalette();
    return QColor(palette.at(static_cast<qsizetype>(code.id % palette.size())));
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
