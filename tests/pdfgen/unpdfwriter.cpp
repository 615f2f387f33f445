#include "unpdfwriter.h"

#include "pagecomposer.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QUrl>

namespace Rapporteur::PdfGen {

namespace {

QString chineseLanguageNames(const QStringList &codes)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("英文")},
        {QStringLiteral("fr"), QStringLiteral("法文")},
        {QStringLiteral("es"), QStringLiteral("西班牙文")},
        {QStringLiteral("ru"), QStringLiteral("俄文")},
        {QStringLiteral("ar"), QStringLiteral("阿拉伯文")},
        {QStringLiteral("zh"), QStringLiteral("中文")},
    };
    QStringList out;
    for (const QString &code : codes)
        out.append(names.value(code, code));
    return out.join(QStringLiteral("和"));
}

QString chineseDate(const QDate &date, bool spaced)
{
    return spaced
               ? QStringLiteral("%1 年 %2 月 %3 日")
                     .arg(date.year())
                     .arg(date.month())
                     .arg(date.day())
               : QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

// Where in the paragraph text a link's annotation goes: over the citation of the linked
// document (the symbol, or a resolution's number as Chinese text cites it) or the site's name,
// else over a few characters of its own at the start of the paragraph (`fallback` counts
// those already given away).
std::pair<qsizetype, qsizetype> linkSpan(const QString &text, const Link &link, int &fallback)
{
    QStringList candidates;
    if (!link.symbol.isEmpty()) {
        candidates.append(link.symbol);
        static const QRegularExpression resolution(QStringLiteral(R"(^[A-Z]+/RES/(.+)$)"));
        if (const auto m = resolution.match(link.symbol); m.hasMatch())
            candidates.append(m.captured(1));
    } else {
        QString host = QUrl(link.target).host();
        if (host.startsWith(QLatin1String("www.")))
            host = host.mid(4);
        if (!host.isEmpty())
            candidates.append(host);
    }
    for (const QString &c : candidates) {
        if (const qsizetype at = text.indexOf(c); at >= 0)
            return {at, c.size()};
    }
    constexpr qsizetype kSlice = 2;
    const qsizetype start = std::min<qsizetype>(fallback++ * kSlice, text.size() - 1);
    return {start, std::min(kSlice, text.size() - start)};
}

BlockStyle styleOf(ParagraphKind kind)
{
    switch (kind) {
    case ParagraphKind::Title:
        return BlockStyle::Title;
    case ParagraphKind::Section:
    case ParagraphKind::Group:
    case ParagraphKind::Heading:
        return BlockStyle::Heading;
    case ParagraphKind::ListItem:
        return BlockStyle::ListItem;
    case ParagraphKind::Body:
        break;
    }
    return BlockStyle::Body;
}

// A paragraph as it is printed: its footnote markers put back where they stood.
TextBlock blockOf(const Paragraph &p)
{
    TextBlock block;
    block.style = styleOf(p.kind);
    QList<Footnote> notes = p.footnotes;
    std::sort(notes.begin(), notes.end(),
              [](const Footnote &a, const Footnote &b) { return a.anchor < b.anchor; });
    qsizetype taken = 0;
    for (const Footnote &note : notes) {
        const qsizetype at = note.anchor < 0 ? p.text.size() : note.anchor;
        block.text += p.text.mid(taken, at - taken);
        block.notes.append({block.text.size(), note.marker, note.text});
        block.text += note.marker;
        taken = at;
    }
    block.text += p.text.mid(taken);
    int fallback = 0;
    for (const Link &link : p.links) {
        const auto [start, length] = linkSpan(block.text, link, fallback);
        block.links.append({start, length, link.target});
    }
    return block;
}

QList<TextBlock> blocksOf(const ParsedDocument &doc)
{
    QList<TextBlock> blocks;
    int submission = -1;
    for (const Paragraph &p : doc.paragraphs) {
        if (p.submission >= 0 && p.submission != submission &&
            p.submission < doc.submissions.size()) {
            // A submission opens with the state's name, its original language and its date,
            // which the reading turns into the submission's metadata.
            const Submission &s = doc.submissions[p.submission];
            blocks.append(TextBlock{BlockStyle::Heading, s.heading, {}, {}});
            if (!s.languages.isEmpty()) {
                blocks.append(
                    TextBlock{BlockStyle::Body,
                              QStringLiteral("[原件：%1]").arg(chineseLanguageNames(s.languages)),
                              {},
                              {}});
            }
            if (s.date.isValid()) {
                blocks.append(TextBlock{BlockStyle::Body,
                                        QStringLiteral("[%1]").arg(chineseDate(s.date, true)),
                                        {},
                                        {}});
            }
        }
        submission = p.submission;
        blocks.append(blockOf(p));
    }
    return blocks;
}

} // namespace

QString writeUnPdf(const ParsedDocument &doc, const UnPdfOptions &options, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kDeviceDpi);
    writer.setCreator(QStringLiteral("Rapporteur test fixture generator"));
    writer.setTitle(doc.title);

    Masthead masthead;
    masthead.symbol = options.symbol.isEmpty() ? doc.symbol : options.symbol;
    masthead.organ = options.organ;
    masthead.jobNumber = options.jobNumber;
    if (options.date.isValid())
        masthead.date = chineseDate(options.date, false);
    if (!options.originalLanguage.isEmpty())
        masthead.originalLanguage = QStringLiteral("原件：%1").arg(options.originalLanguage);

    PageComposer composer(writer);
    const QList<ComposedPage> pages = composer.compose(blocksOf(doc));
    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("cannot write %1").arg(path);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        composer.paint(painter, pages[i], static_cast<int>(i) + 1, static_cast<int>(pages.size()),
                       masthead);
    }
    painter.end();
    return {};
}

} // namespace Rapporteur::PdfGen
