// The symbol and citation readers of src/text: every way a string becomes a document symbol
// (a citation in running text, a link, a file name, a user's query, a symbol as written).
#include "readingchain.h"

#include "text/documentsymbol.h"
#include "text/symbolcitations.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Rapporteur;
    if (size > static_cast<size_t>(Fuzz::kMaxInput))
        return -1;
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    qsizetype previousEnd = 0;
    for (const Text::SymbolCitation &c : Text::findSymbolCitations(input)) {
        if (c.start < previousEnd || c.length <= 0 || c.start + c.length > input.size())
            Fuzz::broken("citations lie inside the text, in order, each span read once");
        if (!Text::looksLikeSymbol(c.symbol))
            Fuzz::broken("a citation names a symbol");
        previousEnd = c.start + c.length;
    }
    // A canonical symbol is its own canonical form.
    if (const QString symbol = Text::canonicalSymbol(input); !symbol.isEmpty()) {
        if (Text::canonicalSymbol(symbol) != symbol)
            Fuzz::broken("canonicalSymbol is idempotent");
    }
    for (const QString &symbol : {Text::symbolFromLink(input), Text::symbolFromQuery(input),
                                  Text::symbolFromFileName(input)}) {
        if (!symbol.isEmpty() && !Text::looksLikeSymbol(symbol))
            Fuzz::broken("what a link, a query or a file name names is a symbol");
    }
    return 0;
}
