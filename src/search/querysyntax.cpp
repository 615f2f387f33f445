#include "querysyntax.h"

#include "searchindex/searchtokens.h"

#include <optional>
#include <vector>

namespace Rapporteur::Search {

namespace {

enum class LexemeType
{
    Word,
    Phrase,
    Open,
    Close,
    And,
    Or,
    Not,
};

struct Lexeme
{
    LexemeType type = LexemeType::Word;
    QueryPhrase phrase;
};

bool isOpenQuote(QChar c)
{
    return c == u'"' || c == u'“' || c == u'＂';
}
bool isCloseQuote(QChar c)
{
    return c == u'"' || c == u'”' || c == u'＂';
}
bool isOpen(QChar c)
{
    return c == u'(' || c == u'（';
}
bool isClose(QChar c)
{
    return c == u')' || c == u'）';
}
// Control characters (NUL among them) would end FTS5's reading of a string early: white space.
bool isBlank(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control;
}

// A trailing run of * marks a prefix; returns the text without it.
QString takePrefixMark(QString text, bool &prefix)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u'*')
        --end;
    prefix = end < text.size();
    text.truncate(end);
    return text;
}

QList<Lexeme> lex(const QString &input)
{
    QList<Lexeme> out;
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = input[i];
        if (isBlank(c)) {
            ++i;
        } else if (isOpenQuote(c)) {
            qsizetype close = i + 1;
            while (close < n && !isCloseQuote(input[close]))
                ++close;
            Lexeme phrase{LexemeType::Phrase, {input.mid(i + 1, close - i - 1), false}};
            i = close + 1;
            while (i < n && input[i] == u'*') {
                phrase.phrase.prefix = true;
                ++i;
            }
            out.append(phrase);
        } else if (isOpen(c) || isClose(c)) {
            out.append({isOpen(c) ? LexemeType::Open : LexemeType::Close, {}});
            ++i;
        } else {
            qsizetype end = i;
            while (end < n && !isBlank(input[end]) && !isOpenQuote(input[end]) &&
                   !isOpen(input[end]) && !isClose(input[end]))
                ++end;
            Lexeme word{LexemeType::Word, {}};
            word.phrase.text = takePrefixMark(input.mid(i, end - i), word.phrase.prefix);
            out.append(word);
            i = end;
        }
    }
    return out;
}

std::optional<LexemeType> operatorNamed(const QueryPhrase &word)
{
    if (word.prefix)
        return std::nullopt;
    if (word.text == u"AND" || word.text == u"与")
        return LexemeType::And;
    if (word.text == u"OR" || word.text == u"或")
        return LexemeType::Or;
    if (word.text == u"NOT" || word.text == u"非")
        return LexemeType::Not;
    return std::nullopt;
}

bool endsOperand(LexemeType t)
{
    return t == LexemeType::Word || t == LexemeType::Phrase || t == LexemeType::Close;
}
bool startsOperand(LexemeType t)
{
    return t == LexemeType::Word || t == LexemeType::Phrase || t == LexemeType::Open;
}

// A word spelled like an operator is one only between two operands; elsewhere it is a word.
void resolveOperators(QList<Lexeme> &lexemes)
{
    for (qsizetype i = 0; i < lexemes.size(); ++i) {
        if (lexemes[i].type != LexemeType::Word)
            continue;
        const auto op = operatorNamed(lexemes[i].phrase);
        if (op && i > 0 && endsOperand(lexemes[i - 1].type) && i + 1 < lexemes.size() &&
            startsOperand(lexemes[i + 1].type))
            lexemes[i].type = *op;
    }
}

struct Node
{
    LexemeType kind = LexemeType::Word; // Word (a term), And, Or or Not
    QueryPhrase phrase;
    std::vector<Node> children; // And, Or: two or more; Not: what to keep, what to leave out
};
using MaybeNode = std::optional<Node>;

// Joins two operands; a missing one leaves the other (a NOT without its left side is nothing).
MaybeNode combine(LexemeType kind, MaybeNode left, MaybeNode right)
{
    if (!left)
        return kind == LexemeType::Not ? std::nullopt : right;
    if (!right)
        return left;
    // AND and OR are associative: a flat list keeps the tree FTS5 builds shallow.
    Node node{kind, {}, {}};
    for (Node *side : {&*left, &*right}) {
        if (kind != LexemeType::Not && side->kind == kind) {
            for (Node &child : side->children)
                node.children.push_back(std::move(child));
        } else {
            node.children.push_back(std::move(*side));
        }
    }
    return node;
}

class Parser
{
public:
    explicit Parser(QList<Lexeme> lexemes) : m_lexemes(std::move(lexemes)) {}

    MaybeNode parseAll()
    {
        MaybeNode result;
        while (m_pos < m_lexemes.size()) {
            const qsizetype before = m_pos;
            result = combine(LexemeType::And, std::move(result), parseOr(0));
            if (m_pos == before)
                ++m_pos; // a stray ) at the top
        }
        return result;
    }

private:
    std::optional<LexemeType> peek() const
    {
        return m_pos < m_lexemes.size() ? std::optional(m_lexemes[m_pos].type) : std::nullopt;
    }

    MaybeNode parseOr(int depth)
    {
        MaybeNode left = parseAnd(depth);
        while (peek() == LexemeType::Or) {
            ++m_pos;
            left = combine(LexemeType::Or, std::move(left), parseAnd(depth));
        }
        return left;
    }

    MaybeNode parseAnd(int depth)
    {
        MaybeNode left = parseUnary(depth);
        for (auto next = peek(); next; next = peek()) {
            if (*next == LexemeType::And || *next == LexemeType::Not) {
                ++m_pos;
                left = combine(*next, std::move(left), parseUnary(depth));
            } else if (startsOperand(*next)) {
                left = combine(LexemeType::And, std::move(left), parseUnary(depth));
            } else {
                break;
            }
        }
        return left;
    }

    MaybeNode parseUnary(int depth)
    {
        const auto next = peek();
        if (next == LexemeType::Word || next == LexemeType::Phrase) {
            const QueryPhrase phrase = m_lexemes[m_pos++].phrase;
            if (m_terms >= kMaxTerms || !hasSearchTokens(phrase.text.toUtf8().toStdString()))
                return std::nullopt;
            ++m_terms;
            return Node{LexemeType::Word, phrase, {}};
        }
        if (next != LexemeType::Open)
            return std::nullopt;
        ++m_pos;
        if (depth >= kMaxDepth)
            return std::nullopt; // read on as if this ( were not there
        MaybeNode inner = parseOr(depth + 1);
        if (peek() == LexemeType::Close)
            ++m_pos;
        return inner;
    }

    QList<Lexeme> m_lexemes;
    qsizetype m_pos = 0;
    int m_terms = 0;
};

QString toFts(const Node &node)
{
    if (node.kind == LexemeType::Word)
        return ftsPhrase(node.phrase);
    const QString op = node.kind == LexemeType::And  ? QStringLiteral(" AND ")
                       : node.kind == LexemeType::Or ? QStringLiteral(" OR ")
                                                     : QStringLiteral(" NOT ");
    QStringList parts;
    for (const Node &child : node.children)
        parts.append(toFts(child));
    return QLatin1Char('(') + parts.join(op) + QLatin1Char(')');
}

void collectPositive(const Node &node, QList<QueryPhrase> &out)
{
    if (node.kind == LexemeType::Word) {
        if (!out.contains(node.phrase))
            out.append(node.phrase);
        return;
    }
    const size_t count = node.kind == LexemeType::Not ? 1 : node.children.size();
    for (size_t i = 0; i < count; ++i)
        collectPositive(node.children[i], out);
}

} // namespace

QString ftsPhrase(const QueryPhrase &phrase)
{
    QString quoted = phrase.text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
    if (phrase.prefix && !hasNgramCharacters(phrase.text.toUtf8().toStdString()))
        quoted += QStringLiteral(" *");
    return quoted;
}

ParsedQuery parseQuery(const QString &input)
{
    QList<Lexeme> lexemes = lex(input);
    resolveOperators(lexemes);
    const MaybeNode root = Parser(std::move(lexemes)).parseAll();
    ParsedQuery parsed;
    if (!root)
        return parsed;
    parsed.fts = toFts(*root);
    collectPositive(*root, parsed.positive);
    return parsed;
}

} // namespace Rapporteur::Search
