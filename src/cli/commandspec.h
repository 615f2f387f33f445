#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Rapporteur::Cli {
class CommandContext;

// One piece of a command's usage: an option, an argument, a word (a subcommand), or a group of
// pieces that is optional, a choice, or a sequence. A command's options are written once, in its
// specification; the parser's options, the synopsis that `rapporteur-cli --help` prints and the
// check that the options given go together all come from it.
class Syntax final
{
public:
    static Syntax option(const QCommandLineOption &option); // --name VALUE
    static Syntax maybe(const QCommandLineOption &option);  // [--name VALUE]
    static Syntax argument(const QString &name);            // SYM, FILE...
    static Syntax word(const QString &word);                // add
    static Syntax optional(QList<Syntax> parts);            // [a b]
    static Syntax either(QList<Syntax> alternatives);       // a|b
    static Syntax sequence(QList<Syntax> parts);            // a b

    QString text() const;
    // Appends the options this piece names that `options` does not hold yet.
    void collectOptions(QList<QCommandLineOption> &options) const;
    // Whether the piece takes an argument or a word anywhere.
    bool takesPositional() const;
    // Whether the options given (by name) fit this piece: each is one of its options, and no
    // choice has more than one of its alternatives given.
    bool admits(const QStringList &given) const;

private:
    enum class Kind
    {
        Option,
        Argument,
        Word,
        Optional,
        Either,
        Sequence,
    };
    Syntax(Kind kind, QString text, QList<Syntax> parts = {});
    QString text(bool inChoice) const;
    bool names(const QString &optionName) const;
    bool namesAnyOf(const QStringList &given) const;

    Kind m_kind;
    QString m_text;                     // an argument's or word's text, an option's first name
    QList<QCommandLineOption> m_option; // the option itself (QCommandLineOption has no default)
    QList<Syntax> m_parts;
};

using CommandRun = int (*)(CommandContext &context, const QCommandLineParser &parser);

// A command: its name, its forms (each a way to call it, one line of the synopsis when there are
// several), what it does in a few words, and the function that runs it once its options are read.
struct CommandSpec
{
    QString name;
    QList<Syntax> forms;
    QString summary;
    CommandRun run = nullptr;
};

// "votes [--document SYM [--lang CODE]] [--json] | votes --session N|--resolution SYM ..."
QString synopsis(const CommandSpec &command);
// Every option the command's forms name, once each, in the order they first appear.
QList<QCommandLineOption> optionsOf(const CommandSpec &command);
// Empty when the options given (by name) and whether arguments were given fit one of the
// command's forms; otherwise the usage error that says why not.
std::optional<QString> mismatch(const CommandSpec &command, const QStringList &givenOptions,
                                bool givenArguments);

// Reads the command's arguments (args[0] is its name) against its specification and runs it:
// `--help` prints its options, an unknown option or options that do not go together are a usage
// error. Returns the exit status.
int runCommand(const CommandSpec &command, CommandContext &context, const QStringList &args);

} // namespace Rapporteur::Cli
