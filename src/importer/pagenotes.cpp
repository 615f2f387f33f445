#include "pagenotes.h"

#include "text/superscript.h"

#include <QRegularExpression>

namespace Rapporteur::Importer {

namespace {

// Whether the page calls a note by this marker: the marker raised somewhere in its text ("¹²"
// calls 12, not 1 or 2). A marker without a raised form ("*") is taken as called.
bool isCalledOnPage(const QString &marker, const PdfPage &p)
{
    const QString raised = Text::superscriptForm(marker);
    if (raised == marker)
        return true;
    const QString &digits = Text::raisedDigits();
    const bool numeric = digits.contains(raised.front());
    for (const PdfLine &l : p.lines) {
        const QString &text = l.text;
        for (qsizetype at = text.indexOf(raised); at >= 0; at = text.indexOf(raised, at + 1)) {
            const qsizetype end = at + raised.size();
            const bool whole = !numeric || ((at == 0 || !digits.contains(text[at - 1])) &&
                                            (end == text.size() || !digits.contains(text[end])));
            if (whole)
                return true;
        }
    }
    return false;
}

} // namespace

QString footnoteMarkerOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,3}|[a-z]|[*†‡]{1,3})(?:\s+|$))"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isRule(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[_＿]{5,}$)"));
    return re.match(text).hasMatch();
}

bool startsCalledNote(const PdfLine &l, const PdfPage &p)
{
    const QString marker = footnoteMarkerOf(l.text);
    return !marker.isEmpty() && isCalledOnPage(marker, p);
}

qsizetype footnoteRule(const PdfPage &p, const QList<bool> &furniture)
{
    for (qsizetype i = 0; i < p.lines.size(); ++i) {
        if (!furniture[i] && isRule(p.lines[i].text) &&
            p.lines[i].box.top() > p.size.height() * 0.3)
            return i;
    }
    return -1;
}

qsizetype footnoteStart(const PdfPage &p, const QList<bool> &furniture, double body)
{
    if (const qsizetype rule = footnoteRule(p, furniture); rule >= 0)
        return rule;
    qsizetype start = -1;
    for (qsizetype i = p.lines.size() - 1; i >= 0; --i) {
        const PdfLine &l = p.lines[i];
        if (furniture[i])
            continue;
        if (l.height >= body * kFootnoteSize || l.box.top() < p.size.height() * 0.45)
            break;
        if (startsCalledNote(l, p))
            start = i;
    }
    return start;
}

} // namespace Rapporteur::Importer
