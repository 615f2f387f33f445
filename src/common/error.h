#pragma once

#include <QString>

namespace Rapporteur {

// What kind of failure, so callers can map it to an exit status or a dialog without parsing text.
enum class ErrorCode
{
    InvalidInput,     // the file is readable but is not what we can import (empty, binary, ...)
    PasswordRequired, // an encrypted PDF that no password, or not the one given, opens
    UnreadableFile,   // missing, a directory, no permission
    Encoding,         // bytes that decode in none of the encodings we accept
    Database,         // SQLite refused; detail carries its message
    Cancelled,        // the user asked to stop
    NotFound,         // a symbol, id or entity that is not in the corpus
    Internal,         // a bug: should never reach the user
};

// An expected failure, carried as a value. userMessage is one sentence fit for a dialog or for
// "error: ..." on stderr; detail is for logs and bug reports; file is the file the failure is
// about (an input, the database), when there is one, so that a caller can act on it (ask for that
// file's password, offer to open another database) without reading the sentence.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString userMessage;
    QString detail;
    QString file = {}; // as given, or made absolute; empty when the failure is about no one file
};

} // namespace Rapporteur
