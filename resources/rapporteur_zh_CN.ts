<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Rapporteur::Gui::AboutDialog</name>
    <message>
        <source>About Rapporteur</source>
        <translation>关于 Rapporteur</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>程序名称</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Reads United Nations documents in which member states state their positions and record their votes, and turns them into a corpus you can read, compare and query.</source>
        <translation>读取会员国在其中阐述立场、记录表决的联合国文件，并将其整理为可供阅读、比较和查询的文件库。</translation>
    </message>
    <message>
        <source>What Rapporteur does</source>
        <translation>Rapporteur 的用途</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>程序库版本</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>程序库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::AgreementHeatMap</name>
    <message>
        <source>Agreement between every pair of states</source>
        <translation>每对国家之间的一致性</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 (%4)</source>
        <translation>%1（%2）
%3（%4）</translation>
    </message>
    <message>
        <source>No vote in common to compare</source>
        <translation>没有可比较的共同表决</translation>
    </message>
    <message numerus="yes">
        <source>Agreement %1 over %n vote(s)</source>
        <translation>
            <numerusform>一致性 %1，基于 %n 次表决</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::AgreementLegend</name>
    <message>
        <source>Colour scale of agreement</source>
        <translation>一致性的色标</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>no vote in common</source>
        <translation>无共同表决</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::AgreementMapChart</name>
    <message>
        <source>Map of the states by their agreement</source>
        <translation>按一致度绘制的国家分布图</translation>
    </message>
    <message>
        <source>No regional group</source>
        <translation>无区域组</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Axis 1 (%1% of the distances)</source>
        <translation>第一轴（距离的 %1%）</translation>
    </message>
    <message>
        <source>Axis 2 (%1%)</source>
        <translation>第二轴（%1%）</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::AgreementModel</name>
    <message>
        <source>Undefined: every paragraph falls in one category</source>
        <translation>无定义：所有段落都属于同一类</translation>
    </message>
    <message>
        <source>Paragraphs compared</source>
        <translation>参与比较的段落</translation>
    </message>
    <message>
        <source>Paragraphs where both applied the code</source>
        <translation>两人都应用了该代码的段落</translation>
    </message>
    <message>
        <source>Paragraphs where neither applied the code</source>
        <translation>两人都未应用该代码的段落</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两人都有</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>两人都无</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BackgroundRead</name>
    <message>
        <source>The database could not be read.</source>
        <translation>无法读取数据库。</translation>
    </message>
    <message>
        <source>An internal error stopped the reading: %1</source>
        <translation>内部错误导致读取中断：%1</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocChoicePanel</name>
    <message>
        <source>Draft %1</source>
        <translation>草案 %1</translation>
    </message>
    <message>
        <source>In favour %1, against %2, abstaining %3</source>
        <translation>赞成 %1，反对 %2，弃权 %3</translation>
    </message>
    <message>
        <source>Recorded votes to compare</source>
        <translation>要比较的记录表决</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>What an abstention against yes or no counts for</source>
        <translation>弃权与赞成或反对相比如何计算</translation>
    </message>
    <message>
        <source>half agreement (0.5)</source>
        <translation>一半一致（0.5）</translation>
    </message>
    <message>
        <source>full disagreement (0)</source>
        <translation>完全不一致（0）</translation>
    </message>
    <message>
        <source>What not voting counts for</source>
        <translation>未参加表决如何计算</translation>
    </message>
    <message>
        <source>excluded from the pair</source>
        <translation>该对国家不计此次表决</translation>
    </message>
    <message>
        <source>counted as a position</source>
        <translation>算作一种立场</translation>
    </message>
    <message>
        <source>Excluded: a pair is compared over the votes both states cast. Counted: not voting agrees with not voting and with nothing else.</source>
        <translation>不计：只比较两国都投了票的表决。计入：未参加表决只与未参加表决一致，与其他立场均不一致。</translation>
    </message>
    <message>
        <source>Number of blocs</source>
        <translation>集团数</translation>
    </message>
    <message>
        <source>Not voting:</source>
        <translation>未参加表决：</translation>
    </message>
    <message>
        <source>Blocs:</source>
        <translation>集团数：</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n vote(s)</source>
        <translation>
            <numerusform>已选 %1 / 共 %n 次表决</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes compared:</source>
        <translation>比较的表决：</translation>
    </message>
    <message>
        <source>Abstention:</source>
        <translation>弃权：</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocTreeModel</name>
    <message numerus="yes">
        <source>Bloc %1 · %n state(s)</source>
        <translation>
            <numerusform>集团 %1 · %n 个国家</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click for the state&apos;s profile</source>
        <translation>双击查看该国概况</translation>
    </message>
    <message>
        <source>Bloc / state</source>
        <translation>集团 / 国家</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocsGroupsPage</name>
    <message>
        <source>Group</source>
        <translation>国家组</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>图表显示的内容</translation>
    </message>
    <message>
        <source>agreement index</source>
        <translation>一致指数</translation>
    </message>
    <message>
        <source>share with the majority</source>
        <translation>与多数一致的比例</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>国家组：</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>The group&apos;s cohesion on each vote</source>
        <translation>该组在每次表决中的凝聚力</translation>
    </message>
    <message>
        <source>Members who voted otherwise or not at all</source>
        <translation>投票与多数不同或未参加表决的成员</translation>
    </message>
    <message>
        <source>%1: %2 voted otherwise, %3 did not vote</source>
        <translation>%1：%2 个投票与多数不同，%3 个未参加表决</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocsMatrixPage</name>
    <message>
        <source>Size of the heat map&apos;s cells</source>
        <translation>热图单元格的大小</translation>
    </message>
    <message>
        <source>Cell size (also Ctrl + mouse wheel over the map)</source>
        <translation>单元格大小（也可在热图上按住 Ctrl 滚动鼠标滚轮）</translation>
    </message>
    <message>
        <source>The blocs and their members</source>
        <translation>各集团及其成员</translation>
    </message>
    <message>
        <source>The two states&apos; votes</source>
        <translation>两国的表决</translation>
    </message>
    <message>
        <source>Click a cell of the map to compare the two states&apos; votes.</source>
        <translation>单击热图中的单元格，比较两国的表决。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: agreement %3 over %n vote(s)</source>
        <translation>
            <numerusform>%1 与 %2：一致性 %3，基于 %n 次表决</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: no vote in common</source>
        <translation>%1 与 %2：无共同表决</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 与 %2</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocsView</name>
    <message>
        <source>Voting blocs</source>
        <translation>投票集团</translation>
    </message>
    <message>
        <source>Matrix and blocs</source>
        <translation>矩阵与集团</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>国家组</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
    <message>
        <source>Reading the recorded votes…</source>
        <translation>正在读取记录表决…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>The recorded votes could not be read: %1</source>
        <translation>无法读取记录表决：%1</translation>
    </message>
    <message>
        <source>This corpus holds no recorded vote. Voting blocs are computed from the recorded votes of committee reports (the lists of states in favour, against and abstaining): import such a report to see who votes with whom.</source>
        <translation>此语料库中没有记录表决。投票集团根据委员会报告中的记录表决（投赞成票、反对票和弃权票的国家名单）计算：请导入这样的报告，以查看哪些国家投票立场相近。</translation>
    </message>
    <message>
        <source>Choose at least one vote to compare.</source>
        <translation>请至少选择一次表决进行比较。</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n 次表决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s)</source>
        <translation>
            <numerusform>%n 个集团</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Agreement matrix as CSV…</source>
        <translation>一致性矩阵（CSV）…</translation>
    </message>
    <message>
        <source>Export the Agreement Matrix</source>
        <translation>导出一致性矩阵</translation>
    </message>
    <message>
        <source>Heat map as PNG…</source>
        <translation>热图（PNG）…</translation>
    </message>
    <message>
        <source>Export the Heat Map</source>
        <translation>导出热图</translation>
    </message>
    <message>
        <source>Dendrogram as PNG…</source>
        <translation>树状图（PNG）…</translation>
    </message>
    <message>
        <source>Export the Dendrogram</source>
        <translation>导出树状图</translation>
    </message>
    <message>
        <source>Cohesion chart as PNG…</source>
        <translation>凝聚力图表（PNG）…</translation>
    </message>
    <message>
        <source>Export the Cohesion Chart</source>
        <translation>导出凝聚力图表</translation>
    </message>
    <message>
        <source>Vote totals chart as PNG…</source>
        <translation>表决总数图表（PNG）…</translation>
    </message>
    <message>
        <source>Export the Vote Totals Chart</source>
        <translation>导出表决总数图表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提交材料</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::BlocsVotesPage</name>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>表决：</translation>
    </message>
    <message>
        <source>How the states with a submission voted</source>
        <translation>提交了材料的国家如何投票</translation>
    </message>
    <message>
        <source>No state has a submission in this corpus.</source>
        <translation>此语料库中没有国家的提交材料。</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n state(s) with a submission in the corpus: </source>
        <translation>
            <numerusform>在语料库中有提交材料的 %n 个国家中：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in favour, %2 against, %3 abstaining, %4 not voting, %5 casting no vote (observers)</source>
        <translation>%1 个赞成，%2 个反对，%3 个弃权，%4 个未参加表决，%5 个无表决权（观察员）</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CitationModel</name>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>footnote %1</source>
        <translation>脚注 %1</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Not in a state&apos;s submission</source>
        <translation>不在任何国家的来文中</translation>
    </message>
    <message numerus="yes">
        <source>Named %n time(s) in this place</source>
        <translation>
            <numerusform>此处提及 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to read the paragraph</source>
        <translation>双击阅读该段落</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落摘录</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodeMatrixModel</name>
    <message>
        <source>%1 × %2: %3
Click for the segments</source>
        <translation>%1 × %2：%3
点击查看编码片段</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodebookModel</name>
    <message numerus="yes">
        <source>%n coding(s) with this code</source>
        <translation>
            <numerusform>此代码有 %n 处编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with its sub-codes</source>
        <translation>
            <numerusform>含子代码共 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodebookPanel</name>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Whose codings the texts show</source>
        <translation>文本中显示谁的编码</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>全部编码员</translation>
    </message>
    <message>
        <source>&amp;Marks of:</source>
        <translation>标记来自(&amp;M)：</translation>
    </message>
    <message>
        <source>Orphaned codings</source>
        <translation>孤立编码</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Sub-code</source>
        <translation>子代码</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>New Code…</source>
        <translation>新建代码…</translation>
    </message>
    <message>
        <source>A new code at the top level</source>
        <translation>在顶层新建一个代码</translation>
    </message>
    <message>
        <source>New Sub-code…</source>
        <translation>新建子代码…</translation>
    </message>
    <message>
        <source>A new code under the current one</source>
        <translation>在当前代码下新建一个代码</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>备忘录…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Import Codebook (.qdc)…</source>
        <translation>导入代码簿 (.qdc)…</translation>
    </message>
    <message>
        <source>Export Codebook (.qdc)…</source>
        <translation>导出代码簿 (.qdc)…</translation>
    </message>
    <message>
        <source>Orphaned codings: none. (A coding whose text a new import removes is kept and listed here.)</source>
        <translation>孤立编码：无。（重新导入后文本已不存在的编码会保留并列在这里。）</translation>
    </message>
    <message numerus="yes">
        <source>Orphaned codings: %n whose text is no longer in its document, kept with their quotes.</source>
        <translation>
            <numerusform>孤立编码：%n 处，其文本已不在所属文件中，已连同引文保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new code under “%1”:</source>
        <translation>“%1”下新代码的名称：</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>新代码的名称：</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>新建代码</translation>
    </message>
    <message>
        <source>Rename Code</source>
        <translation>重命名代码</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Describe Code</source>
        <translation>说明代码</translation>
    </message>
    <message>
        <source>What “%1” means, and when to apply it:</source>
        <translation>“%1”的含义及适用情形：</translation>
    </message>
    <message>
        <source>Memo on the code “%1”</source>
        <translation>代码“%1”的备忘录</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Move Code</source>
        <translation>移动代码</translation>
    </message>
    <message>
        <source>Move “%1” under:</source>
        <translation>将“%1”移到：</translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>合并代码</translation>
    </message>
    <message>
        <source>Merge “%1” (its codings, sub-codes, description and memo) into:</source>
        <translation>将“%1”（及其编码、子代码、说明和备忘录）合并到：</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its sub-codes have %n coding(s). Delete the code and its codings? (Edit ▸ Undo brings them back.)</source>
        <translation>
            <numerusform>“%1”及其子代码共有 %n 处编码。删除该代码及其编码吗？（可用“编辑 ▸ 撤销”恢复。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>删除代码</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>导入代码簿</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc);;All files (*)</source>
        <translation>REFI-QDA 代码簿 (*.qdc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n new code(s) from %1.</source>
        <translation>
            <numerusform>从 %1 导入了 %n 个新代码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>导出代码簿</translation>
    </message>
    <message>
        <source>codebook.qdc</source>
        <translation>代码簿.qdc</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>REFI-QDA 代码簿 (*.qdc)</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingAgreementPage</name>
    <message>
        <source>Exclude uncoded paragraphs</source>
        <translation>排除未编码的段落</translation>
    </message>
    <message>
        <source>First coder</source>
        <translation>第一位编码员</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>第二位编码员</translation>
    </message>
    <message>
        <source>Leave out the paragraphs neither coder coded with any code. Otherwise every paragraph of the documents either of them coded in is compared.</source>
        <translation>不计两位编码员都未编码的段落。否则比较任一编码员编码过的文件中的所有段落。</translation>
    </message>
    <message>
        <source>Agreement per code</source>
        <translation>各代码的一致性</translation>
    </message>
    <message>
        <source>Paragraphs where the coders disagree</source>
        <translation>编码员意见不一致的段落</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>编码员：</translation>
    </message>
    <message>
        <source>and</source>
        <translation>与</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Agreement needs codings by two coders.</source>
        <translation>计算一致性需要两位编码员的编码。</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>请选择两位不同的编码员。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The agreement could not be computed: %1</source>
        <translation>无法计算一致性：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %n paragraph(s) that either of them coded</source>
        <translation>
            <numerusform>%1 与 %2：任一人编码过的 %n 个段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %n paragraph(s) of the documents either of them coded in</source>
        <translation>
            <numerusform>%1 与 %2：任一人编码过的文件中的 %n 个段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: they disagree on %n paragraph(s)</source>
        <translation>
            <numerusform>%1：两人在 %n 个段落上意见不一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingAnalysisView</name>
    <message>
        <source>Not voting</source>
        <translation>未参加表决</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Segments per code and state</source>
        <translation>各代码在各国的编码片段数</translation>
    </message>
    <message>
        <source>Segments per code and position on the vote</source>
        <translation>各代码按表决立场的编码片段数</translation>
    </message>
    <message>
        <source>Paragraphs where two codes were both applied</source>
        <translation>同时应用了两个代码的段落</translation>
    </message>
    <message>
        <source>Coding analysis</source>
        <translation>编码分析</translation>
    </message>
    <message>
        <source>Whose codings</source>
        <translation>谁的编码</translation>
    </message>
    <message>
        <source>Save the table of this tab as a CSV file</source>
        <translation>将此标签页的表格保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Code × state</source>
        <translation>代码 × 国家</translation>
    </message>
    <message>
        <source>Code × vote position</source>
        <translation>代码 × 表决立场</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>共现</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>编码员：</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Recorded vote</source>
        <translation>记录表决</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>表决：</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>The codings could not be read: %1</source>
        <translation>无法读取编码：%1</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>全部编码员</translation>
    </message>
    <message>
        <source>Segments of each code in each state&apos;s submissions. Segments outside a state&apos;s submission are not counted.</source>
        <translation>各代码在各国提交材料中的编码片段数。不在任何国家提交材料中的编码片段不计。</translation>
    </message>
    <message>
        <source>Paragraphs where both codes were applied; on the diagonal, the paragraphs where the code was applied at all.</source>
        <translation>同时应用了两个代码的段落数；对角线上为应用了该代码的段落数。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 个编码片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n orphaned (not counted in the matrices)</source>
        <translation>
            <numerusform>，其中 %n 个为孤立编码（不计入矩阵）</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments of each code by the position their state took on this vote. Observers and the European Union take none.</source>
        <translation>各代码的编码片段按其国家在此次表决中的立场计数。观察员国和欧洲联盟没有立场。</translation>
    </message>
    <message>
        <source>The corpus has no recorded votes.</source>
        <translation>语料库中没有记录表决。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export the Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>弃权</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingCommands</name>
    <message>
        <source>A coding needs a coder: set your name in File ▸ Settings.</source>
        <translation>编码需要编码员：请在“文件 ▸ 设置”中填写您的名字。</translation>
    </message>
    <message>
        <source>The paragraph is no longer in the corpus.</source>
        <translation>该段落已不在语料库中。</translation>
    </message>
    <message>
        <source>The selection is not within the paragraph&apos;s text.</source>
        <translation>所选内容不在该段落的文本范围内。</translation>
    </message>
    <message>
        <source>The selection is already coded with that code.</source>
        <translation>所选文本已用该代码编码。</translation>
    </message>
    <message>
        <source>The coding no longer exists.</source>
        <translation>该编码已不存在。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingController</name>
    <message>
        <source>Code the selected text with the codes selected in the codebook</source>
        <translation>用代码簿中选中的代码为所选文本编码</translation>
    </message>
    <message>
        <source>Select the text to code in a reader first.</source>
        <translation>请先在阅读视图中选择要编码的文本。</translation>
    </message>
    <message>
        <source>Choose a code in the codebook first (View ▸ Codebook).</source>
        <translation>请先在代码簿中选择一个代码（视图 ▸ 代码簿）。</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>新建代码</translation>
    </message>
    <message>
        <source>Name of the new code for the selection:</source>
        <translation>用于所选文本的新代码名称：</translation>
    </message>
    <message>
        <source>Code Selection</source>
        <translation>为所选文本编码</translation>
    </message>
    <message>
        <source>New Code…</source>
        <translation>新建代码…</translation>
    </message>
    <message>
        <source>Coding “%1” by %2</source>
        <translation>%2 的编码“%1”</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>备忘录…</translation>
    </message>
    <message>
        <source>Memo on the coding “%1” of “%2”</source>
        <translation>“%2”上编码“%1”的备忘录</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Memo on This Submission…</source>
        <translation>此提交材料的备忘录…</translation>
    </message>
    <message>
        <source>Memo on this submission</source>
        <translation>此提交材料的备忘录</translation>
    </message>
    <message>
        <source>Memo on %1…</source>
        <translation>%1 的备忘录…</translation>
    </message>
    <message>
        <source>Memo on the document %1</source>
        <translation>文件 %1 的备忘录</translation>
    </message>
    <message>
        <source>&amp;Code Selection with the Current Codes</source>
        <translation>用当前代码为所选文本编码(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingEditor</name>
    <message>
        <source>Code Selection</source>
        <translation>为所选文本编码</translation>
    </message>
    <message numerus="yes">
        <source>Code Selection with %n Codes</source>
        <translation>
            <numerusform>用 %n 个代码为所选文本编码</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Edit Memo</source>
        <translation>编辑备忘录</translation>
    </message>
    <message>
        <source>New Code “%1”</source>
        <translation>新建代码“%1”</translation>
    </message>
    <message>
        <source>Rename Code</source>
        <translation>重命名代码</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Describe Code</source>
        <translation>说明代码</translation>
    </message>
    <message>
        <source>Move Code</source>
        <translation>移动代码</translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>合并代码</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>删除代码</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>导入代码簿</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingMargin</name>
    <message>
        <source>Coding marks</source>
        <translation>编码标记</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingMark</name>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>备忘录：%1</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingMatrixPage</name>
    <message>
        <source>Segments behind the chosen cell</source>
        <translation>所选单元格对应的编码片段</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2: %n segment(s)</source>
        <translation>
            <numerusform>%1 × %2：%n 个编码片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell for the segments behind it.</source>
        <translation>点击单元格查看其对应的编码片段。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingRetrievalPage</name>
    <message>
        <source>With sub-codes</source>
        <translation>含子代码</translation>
    </message>
    <message>
        <source>Code to retrieve</source>
        <translation>要检索的代码</translation>
    </message>
    <message>
        <source>Also list the segments of the codes below the chosen one</source>
        <translation>同时列出所选代码下级代码的编码片段</translation>
    </message>
    <message>
        <source>Segments of the chosen code</source>
        <translation>所选代码的编码片段</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>The codebook is empty.</source>
        <translation>代码本为空。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 个编码片段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingSegmentModel</name>
    <message>
        <source>Orphaned: this text is no longer in the document.
%1</source>
        <translation>孤立编码：文件中已不存在这段文本。
%1</translation>
    </message>
    <message>
        <source>…%1【%2】%3…
Double-click to read the paragraph</source>
        <translation>…%1【%2】%3…
双击阅读该段落</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>编码片段</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>State (English)</source>
        <translation>国家（英文）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CodingStore</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The code is no longer in the codebook.</source>
        <translation>该代码已不在代码簿中。</translation>
    </message>
    <message>
        <source>The coding no longer exists.</source>
        <translation>该编码已不存在。</translation>
    </message>
    <message>
        <source>The database was changed under this window and cannot be written until the import under way has ended. Try again then.</source>
        <translation>数据库已在本窗口之外被更改，须待正在进行的导入结束后才能写入。届时请再试一次。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CohesionChart</name>
    <message>
        <source>Cohesion of each group on each vote</source>
        <translation>各组在每次表决中的凝聚力</translation>
    </message>
    <message>
        <source>Agreement index of each group on each vote</source>
        <translation>各组在每次表决中的一致指数</translation>
    </message>
    <message>
        <source>Share of each group voting with its majority</source>
        <translation>各组中与本组多数投票一致的比例</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CohesionModel</name>
    <message>
        <source>no member voted</source>
        <translation>无成员投票</translation>
    </message>
    <message>
        <source>tie: %1</source>
        <translation>持平：%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Hix, Noury and Roland&apos;s index: 1 when all members voted alike, 0 when they split evenly between in favour, against and abstaining</source>
        <translation>Hix、Noury 和 Roland 的一致指数：全体成员投票相同时为 1，赞成、反对和弃权三者平分时为 0</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>多数立场</translation>
    </message>
    <message>
        <source>With the majority</source>
        <translation>与多数一致</translation>
    </message>
    <message>
        <source>Agreement index</source>
        <translation>一致指数</translation>
    </message>
    <message>
        <source>Voted otherwise</source>
        <translation>投票与多数不同</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ComparisonColumn</name>
    <message>
        <source>%1 (no state recognised) — %2</source>
        <translation>%1（未识别出国家）— %2</translation>
    </message>
    <message>
        <source>Submission in this column</source>
        <translation>此栏中的提交材料</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Open the profile of this state: its submissions, votes and sponsorships</source>
        <translation>打开此国家的概况：其提交材料、表决和担任提案国情况</translation>
    </message>
    <message>
        <source>Profile of the state in this column</source>
        <translation>此栏中国家的概况</translation>
    </message>
    <message>
        <source>Position on the chosen vote</source>
        <translation>在所选表决中的立场</translation>
    </message>
    <message>
        <source>Text of the submission</source>
        <translation>提交材料正文</translation>
    </message>
    <message>
        <source>No recorded vote in this corpus</source>
        <translation>此文件库中没有记录表决</translation>
    </message>
    <message>
        <source>No vote: the heading names no known state</source>
        <translation>无表决：标题中没有已知国家</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Casts no vote — %1</source>
        <translation>不投票 — %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 (draft %4)</source>
        <translation>%1 %2：%3（决议草案 %4）</translation>
    </message>
    <message>
        <source>Choose a state…</source>
        <translation>请选择国家…</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ComparisonView</name>
    <message>
        <source>Add column</source>
        <translation>添加栏</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>删除栏</translation>
    </message>
    <message>
        <source>Submissions side by side</source>
        <translation>并排比较提交材料</translation>
    </message>
    <message>
        <source>Vote shown in the column headers</source>
        <translation>栏标题中显示的表决</translation>
    </message>
    <message>
        <source>&amp;Positions on:</source>
        <translation>表决立场(&amp;P)：</translation>
    </message>
    <message>
        <source>The text could not be read: %1</source>
        <translation>无法读取正文：%1</translation>
    </message>
    <message>
        <source>No recorded votes in this corpus</source>
        <translation>此文件库中没有记录表决</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 栏</translation>
    </message>
    <message>
        <source>No submissions in this corpus.</source>
        <translation>此文件库中没有提交材料。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 has no submission in this corpus.</source>
        <translation>%1 在本文库中没有提交材料。</translation>
    </message>
    <message>
        <source>Side by side shows at most %1 states: %2 left out.</source>
        <translation>并排对照最多显示 %1 个国家：未显示 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is already in column %2.</source>
        <translation>%1 已在第 %2 栏。</translation>
    </message>
    <message>
        <source>Side by side shows at most %1 states: remove a column to add %2.</source>
        <translation>并排对照最多显示 %1 个国家：请先删除一栏，再添加%2。</translation>
    </message>
    <message>
        <source>Choose a state above to read its submission here.</source>
        <translation>请在上方选择国家，在此阅读其提交材料。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ConcordanceCountModel</name>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落数</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ConcordanceModel</name>
    <message>
        <source>(outside submissions)</source>
        <translation>（提交材料之外）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>检索词</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>%1, footnote %2</source>
        <translation>%1，脚注 %2</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ConcordanceView</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>语境索引</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>检索词</translation>
    </message>
    <message>
        <source>A term: 出口管制, 大规模毁灭性武器, MTCR, export control*</source>
        <translation>检索词：出口管制、大规模毁灭性武器、MTCR、export control*</translation>
    </message>
    <message>
        <source>Order of the lines</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>In corpus order</source>
        <translation>按文件库顺序</translation>
    </message>
    <message>
        <source>By left context</source>
        <translation>按左侧语境</translation>
    </message>
    <message>
        <source>By right context</source>
        <translation>按右侧语境</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现位置</translation>
    </message>
    <message>
        <source>Counts per state</source>
        <translation>各国出现次数</translation>
    </message>
    <message>
        <source>Looking for “%1”…</source>
        <translation>正在查找“%1”…</translation>
    </message>
    <message>
        <source>“%1” does not occur in the corpus.</source>
        <translation>文件库中没有“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n occurrence(s)</source>
        <translation>
            <numerusform>“%1”：出现 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Concordance</source>
        <translation>导出语境索引</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CorpusPanel</name>
    <message>
        <source>Filter the corpus</source>
        <translation>筛选文件库</translation>
    </message>
    <message>
        <source>Filter: Chinese or English name, code, pinyin</source>
        <translation>筛选：中文或英文名称、代码、拼音</translation>
    </message>
    <message>
        <source>Documents and submissions</source>
        <translation>文件和提交材料</translation>
    </message>
    <message>
        <source>Each document with its sections, the submissions it compiles and its recorded votes; select one to read it</source>
        <translation>各文件及其章节、所汇编的提交材料和记录表决；选择一项即可阅读</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>%1的概况</translation>
    </message>
    <message>
        <source>Compare Side by Side</source>
        <translation>并排对照</translation>
    </message>
    <message>
        <source>Read Beside Its Other Version</source>
        <translation>与另一语言版本对照阅读</translation>
    </message>
    <message>
        <source>No document, submission or vote of this corpus matches “%1”.</source>
        <translation>此文件库中没有与“%1”相符的文件、提交材料或表决。</translation>
    </message>
    <message>
        <source>Rename Document…</source>
        <translation>重新指定文号…</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::CorpusTreeModel</name>
    <message>
        <source>No state or organization recognized in this heading</source>
        <translation>此标题中未识别出任何国家或组织</translation>
    </message>
    <message>
        <source>%1, from page %2</source>
        <translation>%1，自第 %2 页起</translation>
    </message>
    <message>
        <source>%1 submissions, %2 paragraphs, %3 pages; language: %4</source>
        <translation>%1 份提交材料，%2 个段落，%3 页；语文：%4</translation>
    </message>
    <message>
        <source>The symbol was not found in the document: %1 is provisional</source>
        <translation>文件中未找到文号：%1 为临时文号</translation>
    </message>
    <message>
        <source>Vote %1: %2</source>
        <translation>表决 %1：%2</translation>
    </message>
    <message>
        <source>%1 in favour, %2 against, %3 abstaining</source>
        <translation>%1 票赞成、%2 票反对、%3 票弃权</translation>
    </message>
    <message>
        <source>Meeting %1, %2</source>
        <translation>第 %1 次会议，%2</translation>
    </message>
    <message>
        <source>The report states %1 / %2 / %3</source>
        <translation>报告所载票数：%1 / %2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n submission(s)</source>
        <translation>
            <numerusform>%1：%n 份提交材料</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文语文</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::DatabaseChecker</name>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>无法检查数据库。</translation>
    </message>
    <message>
        <source>… and %1 more: `rapporteur-cli check` lists them all.</source>
        <translation>……另有 %1 项：`rapporteur-cli check` 会全部列出。</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库完好。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>检查数据库</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::DatabaseFileDialogs</name>
    <message>
        <source>Rapporteur databases (*.sqlite *.db);;All files (*)</source>
        <translation>Rapporteur 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with Open Database.</source>
        <translation>%1 已存在。请另选名称，或通过“打开数据库”打开它。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::DendrogramView</name>
    <message>
        <source>Dendrogram of the clustering</source>
        <translation>聚类树状图</translation>
    </message>
    <message>
        <source>distance (1 − agreement)</source>
        <translation>距离（1 − 一致性）</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::DisagreementModel</name>
    <message>
        <source>%1
Double-click to read the paragraph</source>
        <translation>%1
双击阅读该段落</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>应用者</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::DocumentRename</name>
    <message>
        <source>Rename Document</source>
        <translation>重新指定文号</translation>
    </message>
    <message>
        <source>The new symbol of %1 (every language version):</source>
        <translation>%1 的新文号（所有语言版本）：</translation>
    </message>
    <message>
        <source>%1 was not renamed: another rename is being written.</source>
        <translation>%1 未重新指定文号：另一项更改正在写入。</translation>
    </message>
    <message>
        <source>%1 was not renamed: %2</source>
        <translation>%1 未重新指定文号：%2</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ImportController</name>
    <message>
        <source>An internal error stopped the import: %1</source>
        <translation>内部错误导致导入中断：%1</translation>
    </message>
    <message>
        <source>UN documents (*.pdf *.txt);;PDF files (*.pdf);;Text files (*.txt);;All files (*)</source>
        <translation>联合国文件 (*.pdf *.txt);;PDF 文件 (*.pdf);;文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ImportDialogs</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>replaced the earlier import</source>
        <translation>已替换先前导入的版本</translation>
    </message>
    <message>
        <source>unchanged, already in the corpus</source>
        <translation>未变，已在文件库中</translation>
    </message>
    <message>
        <source>An unknown error stopped the import.</source>
        <translation>未知错误导致导入中断。</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 replaced, %4 unchanged.</source>
        <translation>已导入 %1：新增 %2，替换 %3，未变 %4。</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>1 warning.</source>
        <translation>1 条警告。</translation>
    </message>
    <message>
        <source>%1 warnings.</source>
        <translation>%1 条警告。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5</source>
        <translation>%1：%2，%3，%4，%5</translation>
    </message>
    <message>
        <source>1 submission</source>
        <translation>1 份提交材料</translation>
    </message>
    <message>
        <source>%1 submissions</source>
        <translation>%1 份提交材料</translation>
    </message>
    <message>
        <source>1 paragraph</source>
        <translation>1 个段落</translation>
    </message>
    <message>
        <source>%1 paragraphs</source>
        <translation>%1 个段落</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Could not import into the database %1.</source>
        <translation>无法导入数据库 %1。</translation>
    </message>
    <message>
        <source>Could not import “%1”.</source>
        <translation>无法导入“%1”。</translation>
    </message>
    <message>
        <source>None of the %1 files was imported; the corpus is unchanged.</source>
        <translation>%1 个文件均未导入；文件库未作任何更改。</translation>
    </message>
    <message>
        <source>Nothing was imported; the corpus is unchanged.</source>
        <translation>未导入任何内容；文件库未作任何更改。</translation>
    </message>
    <message>
        <source>… (Show Details… lists everything)</source>
        <translation>……（“显示详情...”中列出全部内容）</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import error</source>
        <translation>导入错误</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF 密码</translation>
    </message>
    <message>
        <source>Encrypted PDF</source>
        <translation>加密的 PDF</translation>
    </message>
    <message>
        <source>That password does not open “%1”. Try again:</source>
        <translation>此密码无法打开“%1”。请重试：</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter its password to import it:</source>
        <translation>“%1”已加密。请输入密码以导入：</translation>
    </message>
    <message>
        <source>No symbol was found in the document: it is stored as %1 until you rename it (in the corpus, its context menu: Rename Document…).</source>
        <translation>文件中未找到文号：在您为其重新指定文号之前，暂以 %1 存储（在文件库中右键点击该文件：重新指定文号…）。</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n coding(s) no longer find their text: they are kept, listed under Orphaned codings in the Codebook dock.</source>
        <translation>
            <numerusform>警告：%n 个编码已找不到其文本：它们予以保留，列于“代码簿”停靠窗口的“孤立编码”下。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ImportFlow</name>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Import cancelled; the corpus is unchanged.</source>
        <translation>导入已取消；文件库未作任何更改。</translation>
    </message>
    <message>
        <source>Nothing to import: only PDFs and text files can be imported.</source>
        <translation>没有可导入的内容：只能导入 PDF 和文本文件。</translation>
    </message>
    <message>
        <source>An import is running; wait for it to end, or cancel it.</source>
        <translation>正在导入；请等待导入完成，或取消导入。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Importing %1 files…</source>
        <translation>正在导入 %1 个文件…</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import cancelled: “%1” cannot be read without its password; the corpus is unchanged.</source>
        <translation>导入已取消：没有密码无法读取“%1”；文件库未作任何更改。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ImportProgress</name>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>File being imported</source>
        <translation>正在导入的文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is stored</source>
        <translation>停止导入；不会存储任何导入内容</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Importing 1 file</source>
        <translation>正在导入 1 个文件</translation>
    </message>
    <message>
        <source>Importing %1 files</source>
        <translation>正在导入 %1 个文件</translation>
    </message>
    <message>
        <source>Saving to the database</source>
        <translation>正在保存到数据库</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::InstrumentMatrixModel</name>
    <message numerus="yes">
        <source>%1 names %2: %n time(s)</source>
        <translation>
            <numerusform>%1 提及%2：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 (%3)</source>
        <translation>%1
%2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::MainWindow</name>
    <message>
        <source>Corpus</source>
        <translation>文件库</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Corpus size</source>
        <translation>文件库规模</translation>
    </message>
    <message>
        <source>Select a submission to read it.</source>
        <translation>选择一份提交材料即可阅读。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sort by Column</source>
        <translation>按列排序(&amp;S)</translation>
    </message>
    <message>
        <source>Sort the corpus by the column whose header you click; off keeps the order of the documents</source>
        <translation>点击列标题即按该列对文件库排序；关闭时保持文件原有顺序</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>%1 — Rapporteur</source>
        <translation>%1 — Rapporteur</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 份文件</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 份文件</translation>
    </message>
    <message>
        <source>1 submission</source>
        <translation>1 份提交材料</translation>
    </message>
    <message>
        <source>%1 submissions</source>
        <translation>%1 份提交材料</translation>
    </message>
    <message>
        <source>%1 is not in this corpus</source>
        <translation>%1 不在此文件库中</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <source>Reading views</source>
        <translation>阅读视图</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排对照</translation>
    </message>
    <message>
        <source>Choose a state: from the corpus&apos;s context menu, a vote table or a side-by-side column.</source>
        <translation>请选择一个国家：可通过文件库的右键菜单、表决表或并排对照中的栏选择。</translation>
    </message>
    <message>
        <source>This database holds no documents yet. Import UN documents (PDF or text) with File ▸ Import Documents…, or drop them on this window.</source>
        <translation>此数据库尚无文件。请通过“文件 ▸ 导入文件…”导入联合国文件（PDF 或文本），或将文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import UN documents (PDF or text) into the open database</source>
        <translation>将联合国文件（PDF 或文本）导入当前打开的数据库</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使用的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <source>Side by &amp;Side</source>
        <translation>并排对照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Filter the Corpus</source>
        <translation>筛选文件库(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Check the open database&apos;s file, references and search indexes</source>
        <translation>检查打开的数据库的文件、表间引用和检索索引</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rapporteur</source>
        <translation>关于 Rapporteur(&amp;A)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>语境索引</translation>
    </message>
    <message>
        <source>References</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>That paragraph is no longer in the corpus</source>
        <translation>该段落已不在文件库中</translation>
    </message>
    <message>
        <source>&amp;Concordance</source>
        <translation>语境索引(&amp;C)</translation>
    </message>
    <message>
        <source>R&amp;eferences</source>
        <translation>引用(&amp;E)</translation>
    </message>
    <message>
        <source>Search the &amp;Text</source>
        <translation>全文检索(&amp;T)</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>代码簿</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Coding analysis</source>
        <translation>编码分析</translation>
    </message>
    <message>
        <source>C&amp;oding Analysis</source>
        <translation>编码分析(&amp;O)</translation>
    </message>
    <message>
        <source>Voting blocs</source>
        <translation>投票集团</translation>
    </message>
    <message>
        <source>Voting &amp;Blocs</source>
        <translation>投票集团(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>The connection to the database was interrupted and has been reopened.</source>
        <translation>与数据库的连接曾中断，现已重新打开。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>语言版本</translation>
    </message>
    <message>
        <source>Import Voting Record</source>
        <translation>导入表决记录</translation>
    </message>
    <message>
        <source>The voting record was not imported: cancelled.</source>
        <translation>表决记录未导入：已取消。</translation>
    </message>
    <message>
        <source>Import &amp;Voting Record…</source>
        <translation>导入表决记录(&amp;V)…</translation>
    </message>
    <message>
        <source>Import the General Assembly&apos;s recorded votes: the UN Digital Library&apos;s file or Voeten&apos;s tables</source>
        <translation>导入大会的记录表决：联合国数字图书馆的文件或 Voeten 的数据表</translation>
    </message>
    <message>
        <source>Voting record</source>
        <translation>表决记录</translation>
    </message>
    <message>
        <source>Voting &amp;Record</source>
        <translation>表决记录(&amp;R)</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现为 %2。</translation>
    </message>
    <message>
        <source>Rename Document</source>
        <translation>重新指定文号</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::MemoDialog</name>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>备忘录内容</translation>
    </message>
    <message>
        <source>Your notes. Leave empty to delete the memo.</source>
        <translation>您的笔记。留空即删除备忘录。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::OrphanedCodingModel</name>
    <message>
        <source>Its text is no longer in %1 since a new import of the document; the coding is kept, and comes back to its place if the text does.</source>
        <translation>重新导入文件后，其文本已不在 %1 中；编码仍保留，文本恢复时编码也会回到原处。</translation>
    </message>
    <message>
        <source>Coded by %1 at %2</source>
        <translation>由 %1 于 %2 编码</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>备忘录：%1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::PairAgreementChart</name>
    <message>
        <source>Agreement of two states by session</source>
        <translation>两国按届会的一致度</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>届会</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::PairVotesModel</name>
    <message>
        <source>not compared</source>
        <translation>不比较</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ParallelReadingModel</name>
    <message>
        <source>This paragraph faces nothing in the other version.</source>
        <translation>此段在另一版本中没有对应段落。</translation>
    </message>
    <message>
        <source>Lengths agree %1% with the documents&apos; own ratio.</source>
        <translation>长度与两文件自身的比例相符程度为 %1%。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ParallelReadingView</name>
    <message>
        <source>This submission is no longer in the corpus.</source>
        <translation>语料库中已没有这份答复。</translation>
    </message>
    <message>
        <source>Two language versions, paragraph by paragraph</source>
        <translation>两种语言版本，逐段对照</translation>
    </message>
    <message>
        <source>Choose a submission of a document imported in two languages, then “Read Beside Its Other Version” from its menu in the corpus.</source>
        <translation>在语料库中选择一份以两种语言导入的文件的答复，然后从其菜单中选择“与另一语言版本对照阅读”。</translation>
    </message>
    <message>
        <source>Aligning the versions of %1…</source>
        <translation>正在对齐 %1 的各语言版本…</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::PlenaryRecordView</name>
    <message>
        <source>Resolution series</source>
        <translation>决议系列</translation>
    </message>
    <message>
        <source>No recorded plenary vote of this state: import the General Assembly&apos;s voting record (File ▸ Import Voting Record…).</source>
        <translation>该国没有已记录的全体会议表决：请导入大会表决记录（文件 ▸ 导入表决记录…）。</translation>
    </message>
    <message numerus="yes">
        <source>%n roll call(s) from session %1 to %2: %3 yes, %4 no, %5 abstaining, %6 not voting.</source>
        <translation>
            <numerusform>第 %1 届至第 %2 届会共 %n 次记录表决：赞成 %3，反对 %4，弃权 %5，未投票 %6。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolution series (%n): the same title in two sessions or more</source>
        <translation>
            <numerusform>决议系列（%n）：同一标题在两届或更多届会中表决</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement with</source>
        <translation>一致度对象</translation>
    </message>
    <message>
        <source>Agreement over time with…</source>
        <translation>历年与以下国家的一致度…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Agreement of %1 and %2 by session</source>
        <translation>%1 与 %2 按届会的一致度</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n roll call(s), %2 yes, %3 no, %4 abstaining</source>
        <translation>
            <numerusform>%1：%n 次记录表决，赞成 %2，反对 %3，弃权 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>By issue — %1.</source>
        <translation>按议题——%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::PlenaryShareChart</name>
    <message>
        <source>Shares of each position by session</source>
        <translation>各届会各立场所占比例</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>No</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Non-voting</source>
        <translation>未投票</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>届会</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ProfileLoader</name>
    <message>
        <source>No state or organisation is called “%1”.</source>
        <translation>没有名为“%1”的国家或组织。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ProfileView</name>
    <message>
        <source>Member state</source>
        <translation>会员国</translation>
    </message>
    <message>
        <source>Observer state</source>
        <translation>观察员国</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提交材料</translation>
    </message>
    <message>
        <source>Sponsorships</source>
        <translation>担任提案国</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <source>Positions on recorded votes</source>
        <translation>在记录表决中的立场</translation>
    </message>
    <message>
        <source>Choose a state or organisation to see its profile.</source>
        <translation>选择一个国家或组织即可查看其概况。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>又称 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Recorded votes: none in this corpus</source>
        <translation>记录表决：此文件库中没有</translation>
    </message>
    <message numerus="yes">
        <source>Recorded votes (%n)</source>
        <translation>
            <numerusform>记录表决（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 (%n paragraph(s))</source>
        <translation>
            <numerusform>%1：%2，%3（%n 个段落）</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this submission</source>
        <translation>打开此提交材料</translation>
    </message>
    <message>
        <source>Submissions: none in this corpus</source>
        <translation>提交材料：此文件库中没有</translation>
    </message>
    <message numerus="yes">
        <source>Submissions (%n)</source>
        <translation>
            <numerusform>提交材料（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): main sponsor</source>
        <translation>%1（%2）：主要提案国</translation>
    </message>
    <message>
        <source>%1 (%2): joined the sponsors later</source>
        <translation>%1（%2）：随后加入提案国行列</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Sponsorships: none in this corpus</source>
        <translation>担任提案国：此文件库中没有</translation>
    </message>
    <message numerus="yes">
        <source>Sponsorships (%n)</source>
        <translation>
            <numerusform>担任提案国（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Former member state</source>
        <translation>前会员国</translation>
    </message>
    <message>
        <source>In the corpus</source>
        <translation>语料库中</translation>
    </message>
    <message>
        <source>General Assembly</source>
        <translation>大会</translation>
    </message>
    <message>
        <source>Loading the profile of %1…</source>
        <translation>正在加载 %1 的概况…</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ProfileVoteModel</name>
    <message>
        <source>meant: %1</source>
        <translation>原打算：%1</translation>
    </message>
    <message>
        <source>Draft %1, voted on %2</source>
        <translation>决议草案 %1，%2 表决</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>决议草案 %1</translation>
    </message>
    <message>
        <source>Recorded as %1; the delegation later said it meant to vote: %2</source>
        <translation>记录为“%1”；该代表团随后表示原打算：%2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>表决事项</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>原打算</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation>&amp;%1 %2（%3）</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近使用的数据库</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::RecordBlocsView</name>
    <message>
        <source>Important votes only</source>
        <translation>仅重要表决</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Blocs over the General Assembly&apos;s voting record</source>
        <translation>基于大会表决记录的投票集团</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>起始届会</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>结束届会</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Any issue</source>
        <translation>任何议题</translation>
    </message>
    <message>
        <source>Palestinian conflict</source>
        <translation>巴勒斯坦冲突</translation>
    </message>
    <message>
        <source>Nuclear weapons</source>
        <translation>核武器</translation>
    </message>
    <message>
        <source>Arms control and disarmament</source>
        <translation>军备控制与裁军</translation>
    </message>
    <message>
        <source>Human rights</source>
        <translation>人权</translation>
    </message>
    <message>
        <source>Colonialism</source>
        <translation>殖民主义</translation>
    </message>
    <message>
        <source>Economic development</source>
        <translation>经济发展</translation>
    </message>
    <message>
        <source>Words of the titles (any case)</source>
        <translation>标题中的词语（不分大小写）</translation>
    </message>
    <message>
        <source>Words of the titles</source>
        <translation>标题中的词语</translation>
    </message>
    <message>
        <source>Abstention</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Abstention half-way</source>
        <translation>弃权算一半</translation>
    </message>
    <message>
        <source>Abstention disagrees</source>
        <translation>弃权算不一致</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>届会</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Agreement heat map</source>
        <translation>一致度热图</translation>
    </message>
    <message>
        <source>Choose roll calls of the voting record (File ▸ Import Voting Record…) and press Analyse.</source>
        <translation>请选择表决记录中的记录表决（文件 ▸ 导入表决记录…），然后按“分析”。</translation>
    </message>
    <message>
        <source>Choose roll calls of the voting record and press Analyse.</source>
        <translation>请选择表决记录中的记录表决，然后按“分析”。</translation>
    </message>
    <message>
        <source>Reading the roll calls and computing the agreement…</source>
        <translation>正在读取记录表决并计算一致度…</translation>
    </message>
    <message>
        <source>No roll call of the voting record is chosen: import it (File ▸ Import Voting Record…) or choose other sessions.</source>
        <translation>未选中任何记录表决：请导入表决记录（文件 ▸ 导入表决记录…）或选择其他届会。</translation>
    </message>
    <message numerus="yes">
        <source>%n roll call(s), %1 states; the map&apos;s two axes show %2% and %3% of the distances (1 − agreement); the heat map outlines %4 blocs.</source>
        <translation>
            <numerusform>%n 次记录表决，%1 个国家；分布图的两个轴分别显示距离（1 − 一致度）的 %2% 和 %3%；热图勾出 %4 个集团。</numerusform>
        </translation>
    </message>
    <message>
        <source>Off the map (no vote in common with some state): %1.</source>
        <translation>未上图（与某些国家没有共同表决）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cohesion of each group</source>
        <translation>各组的凝聚度</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Roll calls</source>
        <translation>记录表决数</translation>
    </message>
    <message>
        <source>Agreement index</source>
        <translation>一致性指数</translation>
    </message>
    <message>
        <source>With the majority</source>
        <translation>与多数一致</translation>
    </message>
    <message>
        <source>What not voting counts for</source>
        <translation>未参加表决如何计算</translation>
    </message>
    <message>
        <source>Non-voting left out</source>
        <translation>不计未参加表决</translation>
    </message>
    <message>
        <source>Non-voting counted</source>
        <translation>未参加表决算作立场</translation>
    </message>
    <message>
        <source>Left out: a pair is compared over the roll calls both states voted on. Counted: a member not voting agrees with another not voting and with nothing else. A state that was not yet, or no longer, a member is compared on none of that time.</source>
        <translation>不计：两国只在双方都参加的唱名表决上比较。算作立场：未参加表决的会员国与另一未参加者一致，与其他立场均不一致。当时尚未成为或已不再是会员国的国家，不在那段时间的表决上比较。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ReferenceTargetFilter</name>
    <message>
        <source>Everything cited</source>
        <translation>全部被引用项</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Documents in the corpus</source>
        <translation>语料库中的文件</translation>
    </message>
    <message>
        <source>Treaties, regimes and organisations</source>
        <translation>条约、制度和组织</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>条约</translation>
    </message>
    <message>
        <source>Regimes</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ReferenceTargetModel</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>条约</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>in corpus</source>
        <translation>在语料库中</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) name it, %1 time(s) in all</source>
        <translation>
            <numerusform>%n 个段落提及，共 %1 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2
Also: %3</source>
        <translation>%1
%2
又称：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2) is in this corpus: double-click to open it</source>
        <translation>%1（%2）在本语料库中：双击打开</translation>
    </message>
    <message>
        <source>%1 is not in this corpus</source>
        <translation>%1 不在本语料库中</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>被引用项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>语料库</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>States</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ReferencesView</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited by no state&apos;s submission.</source>
        <translation>没有国家的来文引用。</translation>
    </message>
    <message>
        <source>Paragraphs by state: %1</source>
        <translation>各国段落数：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cross-references</source>
        <translation>交叉引用</translation>
    </message>
    <message>
        <source>Cited documents and instruments, or the matrix</source>
        <translation>被引用的文件和文书，或矩阵</translation>
    </message>
    <message>
        <source>Cited documents and instruments</source>
        <translation>被引用的文件和文书</translation>
    </message>
    <message>
        <source>States × instruments</source>
        <translation>国家 × 文书</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Kind of cited target</source>
        <translation>被引用项的类别</translation>
    </message>
    <message>
        <source>Filter cited targets</source>
        <translation>筛选被引用项</translation>
    </message>
    <message>
        <source>Symbol or name: 76/234, MTCR, 澳大利亚集团…</source>
        <translation>文号或名称：76/234、MTCR、澳大利亚集团…</translation>
    </message>
    <message>
        <source>How often each state names each treaty, regime and organisation</source>
        <translation>各国提及各条约、制度和组织的次数</translation>
    </message>
    <message>
        <source>Open the cited document</source>
        <translation>打开被引用的文件</translation>
    </message>
    <message>
        <source>Citing paragraphs</source>
        <translation>引用段落</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>The references could not be read: %1</source>
        <translation>无法读取引用：%1</translation>
    </message>
    <message>
        <source>No state&apos;s submission names a treaty, regime or organisation.</source>
        <translation>没有国家的来文提及条约、制度或组织。</translation>
    </message>
    <message>
        <source>How often each state&apos;s submissions name each treaty, regime and organisation. Click a cell for the paragraphs.</source>
        <translation>各国来文提及各条约、制度和组织的次数。点击单元格查看段落。</translation>
    </message>
    <message>
        <source>Nothing in this corpus cites a document, treaty, regime or organisation.</source>
        <translation>本语料库中没有引用任何文件、条约、制度或组织。</translation>
    </message>
    <message>
        <source>Choose a target, or a cell of the matrix.</source>
        <translation>请选择一个被引用项，或矩阵中的一个单元格。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — cited by %n paragraph(s)</source>
        <translation>
            <numerusform>%1 — 被 %n 个段落引用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n mention(s)</source>
        <translation>
            <numerusform>，提及 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) × %3 %4: named %n time(s)</source>
        <translation>
            <numerusform>%1（%2）× %3 %4：提及 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the submissions of %2</source>
        <translation>%2 来文中的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n target(s)</source>
        <translation>
            <numerusform>%1 / %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::ResolutionSeriesModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (session %2, %3): %4</source>
        <translation>%1（第 %2 届会，%3）：%4</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>届会数</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>起止届会</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::SearchPanel</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Any vote</source>
        <translation>任一表决</translation>
    </message>
    <message>
        <source>Position on the vote</source>
        <translation>表决立场</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>任一立场</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>所有章节</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>检索式</translation>
    </message>
    <message>
        <source>Search: 出口管制, &quot;export controls&quot;, MTCR OR NSG, MT*</source>
        <translation>检索：出口管制、&quot;export controls&quot;、MTCR OR NSG、MT*</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>检索结果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>没有结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s), best first</source>
        <translation>
            <numerusform>%n 个段落，按相关度排列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::SearchResultModel</name>
    <message>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>footnote %1</source>
        <translation>脚注 %1</translation>
    </message>
    <message>
        <source>table, row %1, column %2</source>
        <translation>表格，第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>语言何时生效</translation>
    </message>
    <message>
        <source>The new language takes effect when Rapporteur is restarted.</source>
        <translation>新的语言将在重新启动 Rapporteur 后生效。</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Font preview</source>
        <translation>字体预览</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Your name as a coder: recorded with every coding you make. Empty: your login name.</source>
        <translation>您作为编码员的名字：随您的每处编码一起记录。留空则使用登录名。</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>编码员(&amp;C)：</translation>
    </message>
    <message>
        <source>Largest file to import</source>
        <translation>可导入的最大文件</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger files are refused unread when importing.</source>
        <translation>导入时，更大的文件不予读取，直接拒绝。</translation>
    </message>
    <message>
        <source>Largest &amp;import:</source>
        <translation>最大导入(&amp;I)：</translation>
    </message>
    <message>
        <source>The font of the texts you read: the reader, the side-by-side columns and the Versions tab; menus, tables and docks keep the system&apos;s. Chinese characters it lacks are drawn with %1.</source>
        <translation>所阅读文本的字体：阅读器、并排对照的各栏和“语言版本”标签页；菜单、表格和停靠窗口保持系统字体。该字体缺少的汉字以 %1 显示。</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Reading &amp;size:</source>
        <translation>阅读字号(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::StatePositionModel</name>
    <message>
        <source>casts no vote</source>
        <translation>无表决权</translation>
    </message>
    <message>
        <source>Not a member state: observers and the European Union cast no vote in the General Assembly</source>
        <translation>非会员国：观察员和欧洲联盟在大会中没有表决权</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提交材料</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::StateSubmissionsModel</name>
    <message>
        <source>%1 (%2): double-click to read the submission</source>
        <translation>%1（%2）：双击阅读提交材料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::StateSubmissionsPane</name>
    <message>
        <source>State profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <source>Open the state&apos;s profile</source>
        <translation>打开该国概况</translation>
    </message>
    <message>
        <source>Submissions of the chosen states</source>
        <translation>所选国家的提交材料</translation>
    </message>
    <message>
        <source>Choose a state, a bloc or a group to see what its members wrote.</source>
        <translation>选择一个国家、集团或国家组，查看其成员所写的内容。</translation>
    </message>
    <message>
        <source>No submission of this state in the corpus.</source>
        <translation>语料库中没有该国的提交材料。</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) in the corpus; double-click one to read it.</source>
        <translation>
            <numerusform>语料库中有 %n 份提交材料；双击阅读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n state(s) have a submission in the corpus.</source>
        <translation>
            <numerusform>%n 个国家中有 %1 个在语料库中有提交材料。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::SubmissionReader</name>
    <message>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Submission text</source>
        <translation>提交材料正文</translation>
    </message>
    <message>
        <source>original: %1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <source>This submission has no paragraphs.</source>
        <translation>此提交材料没有段落。</translation>
    </message>
    <message>
        <source>%1 submissions · %2 paragraphs · %3 pages</source>
        <translation>%1 份提交材料 · %2 个段落 · %3 页</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>将表格导出为 CSV…</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::VoteImportFlow</name>
    <message>
        <source>Import Voting Record</source>
        <translation>导入表决记录</translation>
    </message>
    <message>
        <source>Vote data: UN Digital Library or Voeten&apos;s tables (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>表决数据：联合国数字图书馆或 Voeten 的数据表 (*.csv *.csv.gz *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the voting record…</source>
        <translation>正在读取表决记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Voting record: %1 roll calls read (%2 added, %3 updated, %4 unchanged), %5 votes.</source>
        <translation>表决记录：读取 %1 次唱名表决（新增 %2，更新 %3，未变 %4），%5 张票。</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::VotePanel</name>
    <message>
        <source>All positions</source>
        <translation>所有立场</translation>
    </message>
    <message>
        <source>Recorded vote</source>
        <translation>记录表决</translation>
    </message>
    <message>
        <source>Show position</source>
        <translation>显示立场</translation>
    </message>
    <message>
        <source>Positions of the member states</source>
        <translation>各会员国的立场</translation>
    </message>
    <message>
        <source>No recorded votes in this corpus.</source>
        <translation>此文件库中没有记录表决。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source> (%1, meeting %2)</source>
        <translation>（%1，第 %2 次会议）</translation>
    </message>
    <message>
        <source>Counted: %1 in favour, %2 against, %3 abstaining, %4 not voting</source>
        <translation>计数：%1 票赞成、%2 票反对、%3 票弃权，%4 国未参加表决</translation>
    </message>
    <message>
        <source>Stated: %1 / %2 / %3</source>
        <translation>报告所载：%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1, %2: %3 in favour, %4 against, %5 abstaining</source>
        <translation>%1，%2：%3 票赞成，%4 票反对，%5 票弃权</translation>
    </message>
    <message>
        <source>In plenary: %1</source>
        <translation>全体会议：%1</translation>
    </message>
    <message>
        <source>† Meant to vote otherwise, as the delegation told the Secretariat afterwards: %1</source>
        <translation>† 代表团随后通知秘书处本打算另行投票：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::VoteTableModel</name>
    <message>
        <source>In favour</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Not voting</source>
        <translation>未参加表决</translation>
    </message>
    <message>
        <source>meant: %1</source>
        <translation>原打算：%1</translation>
    </message>
    <message>
        <source>Recorded as %1; the delegation later said it meant to vote: %2</source>
        <translation>记录为“%1”；该代表团随后表示原打算：%2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>原打算</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Rapporteur::Gui::VoteTotalsChart</name>
    <message>
        <source>Totals of the recorded votes</source>
        <translation>记录表决的票数合计</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TableHtml</name>
    <message>
        <source>Export table as CSV…</source>
        <translation>将表格导出为 CSV…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read and compare United Nations documents.</source>
        <translation>阅读和比较联合国文件。</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>打开数据库文件 FILE。</translation>
    </message>
    <message>
        <source>Show the submission of the state or organization CODE.</source>
        <translation>显示代码为 CODE 的国家或组织的提交材料。</translation>
    </message>
    <message>
        <source>Save the window as a PNG FILE once shown, then quit.</source>
        <translation>窗口显示后将其保存为 PNG 文件 FILE，然后退出。</translation>
    </message>
</context>
</TS>
