<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BlockView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>session(s)</source>
        <translation>
            <numerusform>session</numerusform>
            <numerusform>sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contribution(s)</source>
        <translation>
            <numerusform>contribution</numerusform>
            <numerusform>contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) done</source>
        <translation>
            <numerusform>action done</numerusform>
            <numerusform>actions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) open</source>
        <translation>
            <numerusform>action open</numerusform>
            <numerusform>actions open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) removed</source>
        <translation>
            <numerusform>obstacle removed</numerusform>
            <numerusform>obstacles removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) in the way</source>
        <translation>
            <numerusform>obstacle in the way</numerusform>
            <numerusform>obstacles in the way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2</source>
        <translation>
            <numerusform>%n session from %1 to %2</numerusform>
            <numerusform>%n sessions from %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message numerus="yes">
        <source>Name of the new theme, with %n selected card(s):</source>
        <translation>
            <numerusform>Name of the new theme, with %n selected card:</numerusform>
            <numerusform>Name of the new theme, with %n selected cards:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeatePage</name>
    <message numerus="yes">
        <source>%n card(s) now on the projector.</source>
        <translation>
            <numerusform>%n card now on the projector.</numerusform>
            <numerusform>%n cards now on the projector.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeateView</name>
    <message numerus="yes">
        <source>%n delight idea(s) on the wall</source>
        <translation>
            <numerusform>%n delight idea on the wall</numerusform>
            <numerusform>%n delight ideas on the wall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obstacle(s) on the wall</source>
        <translation>
            <numerusform>%n obstacle on the wall</numerusform>
            <numerusform>%n obstacles on the wall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hero story/stories on the wall</source>
        <translation>
            <numerusform>%n hero story on the wall</numerusform>
            <numerusform>%n hero stories on the wall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value idea(s) on the wall</source>
        <translation>
            <numerusform>%n value idea on the wall</numerusform>
            <numerusform>%n value ideas on the wall</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteView</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) from %1 voters</source>
        <translation>
            <numerusform>%n dot from %1 voters</numerusform>
            <numerusform>%n dots from %1 voters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapupPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
