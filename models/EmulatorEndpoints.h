#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace StampDeck {

// The endpoints file stampdeck-emulator writes once it listens (README, "Emulator endpoints file").
// It carries the emulator's per-run connection strings; the console moves them into the keychain
// and never writes them anywhere else.
struct EmulatorEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorEndpoints)

public:
    struct Hub
    {
        QString name;
        QString hostName;
        QString connectionString;
    };
    struct Dps
    {
        QString name;
        QString hostName;
        QString idScope;
        QString connectionString;
    };

    QString caCertificate;
    QList<Hub> hubs;
    QList<Dps> dps;
    QString deviceEndpoint;
    QString workspace;

    static std::optional<EmulatorEndpoints> load(const QString &path, QString *error);
};

} // namespace StampDeck
