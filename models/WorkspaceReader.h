#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace StampDeck {

struct WorkspaceError;

// Reads the fields of a workspace file one at a time and stops at the first error, naming where
// it is ("stamps[2].hub.units"). Only Workspace uses it; it is a class of its own to keep
// Workspace.cpp about the format rather than about JSON plumbing.
class WorkspaceReader
{
public:
    explicit WorkspaceReader(WorkspaceError *error);

    // Records the error (when the caller wants it) and returns false, so checks read `return r.fail(...)`.
    bool fail(const QString &field, const QString &message);

    // Unknown keys are almost always typos; a key that smells of a secret gets its own message.
    bool onlyKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    // A trimmed non-empty string; when not required, an absent key leaves *out as it is.
    bool string(const QJsonObject &object, const QString &path, const QString &key, QString *out,
                bool required = true);
    bool integer(const QJsonObject &object, const QString &path, const QString &key, qint64 min,
                 qint64 max, qint64 *out);
    // A whole or decimal number in [min, max]; an absent key leaves *out as it is.
    bool optionalNumber(const QJsonObject &object, const QString &path, const QString &key, double min,
                        double max, double *out);

    static QString join(const QString &path, const QString &key);

private:
    WorkspaceError *m_error;
};

} // namespace StampDeck
