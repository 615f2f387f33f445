#include "commandspec.h"

#include "commandcontext.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Rapporteur::Cli {

Syntax::Syntax(Kind kind, QString text, QList<Syntax> parts)
    : m_kind(kind), m_text(std::move(text)), m_parts(std::move(parts))
{
}

Syntax Syntax::option(const QCommandLineOption &option)
{
    Syntax piece(Kind::Option, option.names().constFirst());
    piece.m_option.append(option);
    return piece;
}

Syntax Syntax::maybe(const QCommandLineOption &option)
{
    return optional({Syntax::option(option)});
}

Syntax Syntax::argument(const QString &name)
{
    return Syntax(Kind::Argument, name);
}

Syntax Syntax::word(const QString &word)
{
    return Syntax(Kind::Word, word);
}

Syntax Syntax::optional(QList<Syntax> parts)
{
    return Syntax(Kind::Optional, {}, std::move(parts));
}

Syntax Syntax::either(QList<Syntax> alternatives)
{
    return Syntax(Kind::Either, {}, std::move(alternatives));
}

Syntax Syntax::sequence(QList<Syntax> parts)
{
    return Syntax(Kind::Sequence, {}, std::move(parts));
}

QString Syntax::text() const
{
    return text(false);
}

QString Syntax::text(bool inChoice) const
{
    QStringList parts;
    for (const Syntax &part : m_parts)
        parts.append(part.text(m_kind == Kind::Either));
    switch (m_kind) {
    case Kind::Option: {
        const QString valueName = m_option.constFirst().valueName();
        return QStringLiteral("--") + m_text +
               (valueName.isEmpty() ? QString() : QLatin1Char(' ') + valueName);
    }
    case Kind::Argument:
    case Kind::Word:
        return m_text;
    case Kind::Optional:
        return QLatin1Char('[') + parts.join(QLatin1Char(' ')) + QLatin1Char(']');
    case Kind::Either:
        return parts.join(QLatin1Char('|'));
    case Kind::Sequence:
        // Several pieces as one alternative of a choice are bracketed, so that `a b|c` is not
        // read as `a (b|c)`.
        return inChoice && parts.size() > 1
                   ? QLatin1Char('(') + parts.join(QLatin1Char(' ')) + QLatin1Char(')')
                   : parts.join(QLatin1Char(' '));
    }
    return {};
}

void Syntax::collectOptions(QList<QCommandLineOption> &options) const
{
    if (m_kind == Kind::Option) {
        const bool known = std::any_of(options.cbegin(), options.cend(), [&](const auto &o) {
            return o.names().constFirst() == m_text;
        });
        if (!known)
            options.append(m_option.constFirst());
    }
    for (const Syntax &part : m_parts)
        part.collectOptions(options);
}

bool Syntax::takesPositional() const
{
    return m_kind == Kind::Argument || m_kind == Kind::Word ||
           std::any_of(m_parts.cbegin(), m_parts.cend(),
                       [](const Syntax &part) { return part.takesPositional(); });
}

bool Syntax::names(const QString &optionName) const
{
    return (m_kind == Kind::Option && m_text == optionName) ||
           std::any_of(m_parts.cbegin(), m_parts.cend(),
                       [&](const Syntax &part) { return part.names(optionName); });
}

bool Syntax::namesAnyOf(const QStringList &given) const
{
    return std::any_of(given.cbegin(), given.cend(),
                       [&](const QString &name) { return names(name); });
}

bool Syntax::admits(const QStringList &given) const
{
    if (!std::all_of(given.cbegin(), given.cend(),
                     [&](const QString &name) { return names(name); }))
        return false;
    if (m_kind == Kind::Either &&
        std::count_if(m_parts.cbegin(), m_parts.cend(),
                      [&](const Syntax &part) { return part.namesAnyOf(given); }) > 1)
        return false;
    // Each part is asked only about the options it names; the rest belong to its neighbours.
    return std::all_of(m_parts.cbegin(), m_parts.cend(), [&](const Syntax &part) {
        QStringList own;
        for (const QString &name : given) {
            if (part.names(name))
                own.append(name);
        }
        return part.admits(own);
    });
}

QString synopsis(const CommandSpec &command)
{
    QStringList forms;
    for (const Syntax &form : command.forms) {
        const QString text = form.text();
        forms.append(text.isEmpty() ? command.name : command.name + QLatin1Char(' ') + text);
    }
    return forms.join(QStringLiteral(" | "));
}

QList<QCommandLineOption> optionsOf(const CommandSpec &command)
{
    QList<QCommandLineOption> options;
    for (const Syntax &form : command.forms)
        form.collectOptions(options);
    return options;
}

std::optional<QString> mismatch(const CommandSpec &command, const QStringList &givenOptions,
                                bool givenArguments)
{
    QList<const Syntax *> fitting;
    for (const Syntax &form : command.forms) {
        if (form.admits(givenOptions))
            fitting.append(&form);
    }
    if (fitting.isEmpty()) {
        QStringList dashed;
        for (const QString &name : givenOptions)
            dashed.append(QStringLiteral("--") + name);
        if (dashed.size() < 2)
            return QStringLiteral("%1 does not take %2").arg(command.name, dashed.join(QString()));
        const QString last = dashed.takeLast();
        return QStringLiteral("%1 and %2 do not go together")
            .arg(dashed.join(QStringLiteral(", ")), last);
    }
    if (givenArguments && std::none_of(fitting.cbegin(), fitting.cend(),
                                       [](const Syntax *form) { return form->takesPositional(); }))
        return QStringLiteral("%1 takes no arguments%2")
            .arg(command.name,
                 givenOptions.isEmpty() ? QString() : QStringLiteral(" with these options"));
    return std::nullopt;
}

int runCommand(const CommandSpec &command, CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        command.summary.isEmpty() ? synopsis(command)
                                  : command.summary + QStringLiteral("\n\n") + synopsis(command));
    parser.addOptions(optionsOf(command));
    parser.addHelpOption();
    if (!parser.parse(args))
        return CommandContext::usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CommandContext::print(parser.helpText());
        return ExitOk;
    }
    QStringList given;
    for (const QString &name : parser.optionNames()) {
        if (!given.contains(name))
            given.append(name);
    }
    if (const auto problem = mismatch(command, given, !parser.positionalArguments().isEmpty()))
        return CommandContext::usage(*problem);
    return command.run(context, parser);
}

} // namespace Rapporteur::Cli
