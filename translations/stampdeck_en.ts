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
            <numerusform>%n stamp from %1</numerusform><numerusform>%n stamps from %1</numerusform></translation>
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
</context>
</TS>
