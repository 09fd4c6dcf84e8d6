#pragma once

// Shared fixture for the DpsStore tests (tst_dpsstore, tst_dpsstoreregistrations): a store on scope
// Scope linked to two fake hubs, symmetric-key enrollments and groups, and device SAS tokens.

#include "FakeProvisioningTarget.h"

#include "dps/DpsStore.h"

#include "SharedAccessSignature.h"

#include <QString>

#include <memory>

class DpsStoreFixture
{
protected:
    static inline const QString Scope = QStringLiteral("0ne00AAAA01");
    static inline const QString GroupKey = QStringLiteral("dGhpcy1pcy1hLWdyb3VwLWtleS1mb3ItdGVzdHMtMzJi"); // 33 bytes
    static inline const QString GroupKey2 = QStringLiteral("c2Vjb25kYXJ5LWdyb3VwLWtleS1mb3ItdGVzdHMtMzJi");

    static QString token(const QString &registrationId, const QString &key, qint64 expiry = 0,
                         StampDeck::Azure::SharedAccessSignature::ResourceEncoding encoding =
                             StampDeck::Azure::SharedAccessSignature::ResourceEncoding::AsIs);
    static StampDeck::Azure::EnrollmentGroup symmetricGroup(const QString &id, const QString &primary = GroupKey,
                                                               const QString &secondary = GroupKey2);
    static StampDeck::Azure::IndividualEnrollment symmetricEnrollment(const QString &id);

    // Builds a fresh store and its two hubs: call from the test's init().
    void resetStore();

    StampDeck::Emulator::DpsStore &store() { return *m_store; }

    std::unique_ptr<StampDeck::Emulator::FakeProvisioningTarget> m_hubA;
    std::unique_ptr<StampDeck::Emulator::FakeProvisioningTarget> m_hubB;
    std::unique_ptr<StampDeck::Emulator::DpsStore> m_store;
};
