#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Rapporteur::Text {

// A document a text cites, with the span (UTF-16 offsets into the text) that names it.
struct SymbolCitation
{
    QString symbol; // canonical: "A/RES/76/234", "S/RES/1540(2004)", "A/RES/37/98 D"
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const SymbolCitation &) const = default;
};

// Every document the text cites, in text order, each span read once:
// - symbols as written: "A/C.1/79/L.53/Rev.1", "S/RES/1540 (2004)", "A/77/96"; a part letter
//   only after a resolution or decision ("A/RES/37/98 D");
// - undocs.org and docs.un.org addresses pasted into the text;
// - the Chinese forms: "第 76/234 号决议" and "大会第 37/98 D 号决议" (A/RES), "第
// 1540(2004)号决议"
//   (S/RES), "人权理事会第 48/6 号决议" (A/HRC/RES), "第 76/515 号决定" (A/DEC), lists that end in
//   one 决议 ("第 1540(2004)号和第 1718(2006)号决议", "第 76/234号和 2022年 12月 7日第
//   77/96号决议"), and "决议(76/234)" / "决议（76/234）";
// - the English forms: "resolution 76/234", "resolutions 1540 (2004) and 1718 (2006)",
//   "decision 76/515".
// A bare "76/234" is not a citation: without 决议/resolution nothing tells a resolution from a
// law ("第 53/2007号法"), a bulletin ("第 46/1 号公告"), a date or a page range.
// Full-width digits and brackets count as their ASCII forms (NFKC).
QList<SymbolCitation> findSymbolCitations(QStringView text);

// The symbol a user means by a query: any form above, a link, a symbol, or a resolution number
// alone ("76/234" → A/RES/76/234, "1540(2004)" → S/RES/1540(2004)): asked for by itself, a
// number can only be the resolution. Empty when the query names no document.
QString symbolFromQuery(QStringView query);

} // namespace Rapporteur::Text
