<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EmulatorEndpoints</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: caCertificate is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: workspace is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no hubs listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: hubs[%2] lacks hostName or connectionString</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: dps[%2] lacks hostName or idScope</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EndpointCredential</name>
    <message>
        <source>IoT hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory (this run only)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StampDeck::CredentialBook</name>
    <message>
        <source>The key store has gone away.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StampDeck::CredentialDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Store key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep in &amp;memory for this run only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add or replace a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Endpoint kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a service connection string: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the key of policy %1 with %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storing the key in %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key of %1 (policy %2) is stored in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key of %1 (policy %2) is kept in memory and will be gone when StampDeck quits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key was not stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain can keep keys: %1 StampDeck writes no key to disk. You may keep a key in memory for this run only; it is gone when StampDeck quits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget the key of %1 (policy %2)? StampDeck cannot reach this endpoint with it any more until a key is entered again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key of %1 (policy %2) is forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key could not be forgotten: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the new connection string of %1 (policy %2) and check it; storing it replaces the old key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StampDeck::CredentialVault</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain holds no key for this entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available on this system (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain did not answer (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain reported an error (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StampDeck::DemoCredentialImporter</name>
    <message>
        <source>The emulator's connection string for %1 is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain answered (%1); the demo's keys are kept in memory for this run only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key for %1 was not stored: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StampDeck::DemoLauncher</name>
    <message>
        <source>The emulator (%1) could not be started: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No temporary folder for the emulator: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The emulator stopped unexpectedly (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The emulator %1 before it was ready; its messages are on the terminal.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StampDeck::HttpConnectionProbe</name>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allowed (HTTP %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not allowed (HTTP 401)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accepted the key of policy %2. Rights seen: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the key of policy %2: the key is wrong, or the policy holds none of the rights checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered in a way that fits no right. Is it really this kind of endpoint?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StampDeck::MainWindow</name>
    <message>
        <source>StampDeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n stamp(s) from %1</source>
        <translation>
            <numerusform>%n stamp from %1</numerusform>
            <numerusform>%n stamps from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampDeck::MemorySecretStore</name>
    <message>
        <source>memory, for this run only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key is held in memory for this entry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StampDeck::StampListModel</name>
    <message>
        <source>Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dedicated to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>tier × units</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenancy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IoT hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked DPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned devices</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>a workspace holds no secrets; keys belong in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a stamp id (letters, digits, '.', '_', '-'; at most 64)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a ring (test, canary or production)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object with mode and tenants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a tenancy (shared or dedicated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a dedicated stamp serves exactly one tenant (found %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object with hostName, tier and units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an IoT hub tier (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of linked DPS instances (may be empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an ID scope (0ne followed by 8 hex digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not a StampDeck workspace (expected "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 was written by a newer StampDeck (this one reads %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of stamps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is used by an earlier stamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' already belongs to an earlier stamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for IoT fleets scaled out with deployment stamps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the bundled emulator with its demo fleet and open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of devices in the demo fleet (default 200000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path of stampdeck-emulator (default: next to this program).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language, e.g. de or en (default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-devices: '%1' is not a device count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the demo fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo workspace is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a workspace with --workspace FILE, or try the demo fleet with --demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint &amp;keys…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
