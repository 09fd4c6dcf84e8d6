#pragma once

// Shared fixture for the tests that drive HubService through handle() with HttpRequest objects as
// HttpsEndpoint builds them (tst_hubservice, tst_hubbulkoperation, tst_hubtwinhandlers): a fresh
// registry, the hub's access policies, a disabled quota gate on a test clock, and SAS-signed requests.

#include "hub/HubRegistry.h"
#include "hub/HubService.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class HubServiceFixture
{
protected:
    static inline const QString Host = QStringLiteral("localhost:44321");

    // Builds a fresh hub: call from the test's init().
    void resetHub();

    StampDeck::Emulator::HttpRequest request(const char *method, const QString &path, const QByteArray &body = {},
                                             const QString &policy = QStringLiteral("iothubowner"));
    QByteArray token(const QString &policy, qint64 expiry = 0, const QString &host = Host) const;
    StampDeck::Emulator::HttpResponse send(const char *method, const QString &path, const QByteArray &body = {},
                                           QList<QPair<QByteArray, QByteArray>> headers = {});

    static QJsonObject json(const QByteArray &text);
    static QByteArray header(const StampDeck::Emulator::HttpResponse &response, const QByteArray &name);
    static QString errorCodeOf(const StampDeck::Emulator::HttpResponse &response);

    std::unique_ptr<StampDeck::Emulator::HubRegistry> m_registry;
    std::unique_ptr<StampDeck::Emulator::AccessPolicies> m_policies;
    std::unique_ptr<StampDeck::Emulator::QuotaGate> m_quotas;
    std::unique_ptr<StampDeck::Emulator::HubService> m_service;
    qint64 m_nowMs = 0;
};
