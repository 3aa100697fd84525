<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ScratchNN</source>
        <translation>关于 ScratchNN</translation>
    </message>
    <message>
        <source>See and touch chapter 4 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt;: loss functions, numerical differentiation, gradients, gradient descent and a two-layer network learning MNIST.</source>
        <translation>亲眼看、亲手试《&lt;i&gt;深度学习入门：基于Python的理论与实现&lt;/i&gt;》第 4 章：损失函数、数值微分、梯度、梯度下降法，以及学习 MNIST 的 2 层神经网络。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code:&lt;/b&gt; MIT license (&lt;a href=&quot;{url}&quot;&gt;text&lt;/a&gt;).</source>
        <translation>&lt;b&gt;代码：&lt;/b&gt;MIT 许可证（&lt;a href=&quot;{url}&quot;&gt;全文&lt;/a&gt;）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;MNIST data:&lt;/b&gt; Yann LeCun, Corinna Cortes and Christopher J. C. Burges (&lt;a href=&quot;{mnist}&quot;&gt;the MNIST database&lt;/a&gt;), distributed under the Creative Commons Attribution-Share Alike 3.0 license (&lt;a href=&quot;{cc}&quot;&gt;CC BY-SA 3.0&lt;/a&gt;). The embedded copy keeps that license.</source>
        <translation>&lt;b&gt;MNIST 数据：&lt;/b&gt;Yann LeCun、Corinna Cortes 和 Christopher J. C. Burges（&lt;a href=&quot;{mnist}&quot;&gt;MNIST 数据库&lt;/a&gt;），依据知识共享 署名-相同方式共享 3.0 许可协议（&lt;a href=&quot;{cc}&quot;&gt;CC BY-SA 3.0&lt;/a&gt;）发布。内置的副本同样遵循该许可协议。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The book followed:&lt;/b&gt; Saito Koki, &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (O&apos;Reilly Japan); Korean edition &lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt; (Hanbit Media); &lt;a href=&quot;{url}&quot;&gt;the book&apos;s code&lt;/a&gt;. ScratchNN is an independent study aid and contains none of the book&apos;s text.</source>
        <translation>&lt;b&gt;所依据的书：&lt;/b&gt;斋藤康毅《&lt;i&gt;深度学习入门：基于Python的理论与实现&lt;/i&gt;》（人民邮电出版社；日文原版 O&apos;Reilly Japan）；韩文版《&lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt;》（Hanbit Media）；&lt;a href=&quot;{url}&quot;&gt;书中的代码&lt;/a&gt;。ScratchNN 是独立的学习辅助工具，不包含书中的任何正文。</translation>
    </message>
    <message>
        <source>Python {py}, PySide6 {pyside}</source>
        <translation>Python {py}, PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>Row: the true digit. Column: the network&apos;s answer. The diagonal holds the right answers; a red cell is a confusion. Click a cell to see its digits.</source>
        <translation>行：正确数字。列：网络的回答。对角线上是回答正确的；红色单元格表示混淆。点击单元格可查看其中的数字。</translation>
    </message>
    <message>
        <source>The confusion matrix of the test set appears here when a run ends.</source>
        <translation>运行结束后，测试数据的混淆矩阵会显示在这里。</translation>
    </message>
    <message>
        <source>network&apos;s answer</source>
        <translation>网络的回答</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>正确数字</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>{name} must be a positive number, not {value!r}</source>
        <translation>{name} 必须是正数，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{name} must be an integer &gt;= {minimum}, not {value!r}</source>
        <translation>{name} 必须是不小于 {minimum} 的整数，而不是 {value!r}</translation>
    </message>
    <message>
        <source>gradient must be &apos;backprop&apos;, &apos;numerical&apos; or &apos;structured&apos;, not {value!r}</source>
        <translation>gradient 必须是 &apos;backprop&apos;、&apos;numerical&apos; 或 &apos;structured&apos;，而不是 {value!r}</translation>
    </message>
    <message>
        <source>dtype must be &apos;float32&apos; or &apos;float64&apos;, not {value!r}</source>
        <translation>dtype 必须是 &apos;float32&apos; 或 &apos;float64&apos;，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{images} training images but {labels} labels</source>
        <translation>训练图像有 {images} 张，标签却有 {labels} 个</translation>
    </message>
    <message>
        <source>{images} test images but {labels} labels</source>
        <translation>测试图像有 {images} 张，标签却有 {labels} 个</translation>
    </message>
    <message>
        <source>{name} {size} is larger than the {count} training samples</source>
        <translation>{name} {size} 超过了训练数据的 {count} 个样本</translation>
    </message>
    <message>
        <source>{name} {size} is larger than the {count} test samples</source>
        <translation>{name} {size} 超过了测试数据的 {count} 个样本</translation>
    </message>
    <message>
        <source>first_iteration must be an integer from 0 to iters_num - 1 = {last}, not {value!r}</source>
        <translation>first_iteration 必须是 0 到 iters_num - 1 = {last} 之间的整数，而不是 {value!r}</translation>
    </message>
    <message>
        <source>the network&apos;s W1 and W2 are {w1} and {w2}, not {expected_w1} and {expected_w2}</source>
        <translation>网络的 W1 和 W2 的形状是 {w1} 和 {w2}，而不是 {expected_w1} 和 {expected_w2}</translation>
    </message>
    <message>
        <source>the network&apos;s weights are {dtype} but the config says {expected}</source>
        <translation>网络的权重是 {dtype}，但设置要求 {expected}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>truncated: {stored} of {size} bytes after the header</source>
        <translation>文件不完整：头部之后应有 {size} 字节，只有 {stored} 字节</translation>
    </message>
    <message>
        <source>truncated: {length} bytes, shorter than an IDX header</source>
        <translation>文件不完整：只有 {length} 字节，比 IDX 头部还短</translation>
    </message>
    <message>
        <source>magic number {found}, expected {magic} ({kind})</source>
        <translation>魔数是 {found}，应为 {magic}（{kind}）</translation>
    </message>
    <message>
        <source>images are {rows}x{cols}, expected {expected_rows}x{expected_cols}</source>
        <translation>图像大小是 {rows}x{cols}，应为 {expected_rows}x{expected_cols}</translation>
    </message>
    <message>
        <source>longer than its header says ({count} {kind})</source>
        <translation>比头部声明的长度（{count} 个{kind}）更长</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>not a regular file (a folder, pipe or device)</source>
        <translation>不是普通文件（是文件夹、管道或设备）</translation>
    </message>
    <message>
        <source>corrupt or truncated gzip data ({error})</source>
        <translation>gzip 数据已损坏或不完整（{error}）</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>无法读取（{error}）</translation>
    </message>
    <message>
        <source>not enough memory to read it</source>
        <translation>内存不足，无法读取</translation>
    </message>
    <message>
        <source>content differs from the original MNIST file (MD5 {found}, expected {expected})</source>
        <translation>内容与原始 MNIST 文件不同（MD5 为 {found}，应为 {expected}）</translation>
    </message>
    <message>
        <source>the header announces {size} bytes of data, far more than the file can hold</source>
        <translation>头部声明有 {size} 字节数据，远超文件所能容纳的量</translation>
    </message>
    <message>
        <source>holds no {kind}</source>
        <translation>不含任何{kind}</translation>
    </message>
    <message>
        <source>its header announces {count:,} {kind}, more than the {max_count:,} allowed (load_mnist(max_images=...) allows more)</source>
        <translation>头部声明有 {count:,} 个{kind}，超过允许的 {max_count:,} 个（可用 load_mnist(max_images=...) 放宽）</translation>
    </message>
    <message>
        <source>missing (neither {name}.gz nor {name} is in {folder})</source>
        <translation>不存在（{folder} 中既没有 {name}.gz 也没有 {name}）</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>{labels} labels for the {images} images of {name}</source>
        <translation>{name} 有 {images} 张图像，标签却有 {labels} 个</translation>
    </message>
    <message>
        <source>label {label} outside 0..{last}</source>
        <translation>标签 {label} 超出 0..{last} 的范围</translation>
    </message>
    <message>
        <source>not enough memory for its {count} images in {dtype}</source>
        <translation>内存不足，无法以 {dtype} 存放 {count} 张图像</translation>
    </message>
    <message>
        <source>not readable as gzip data ({error})</source>
        <translation>无法作为 gzip 数据读取（{error}）</translation>
    </message>
    <message>
        <source>the IDX header is not that of {name} (magic {magic}, {count} items)</source>
        <translation>IDX 头部不是 {name} 的（魔数 {magic}，{count} 项）</translation>
    </message>
    <message>
        <source>MD5 of the content {found}, expected {expected}</source>
        <translation>内容的 MD5 为 {found}，应为 {expected}</translation>
    </message>
    <message>
        <source>missing from this installation of ScratchNN (reinstall it)</source>
        <translation>当前安装的 ScratchNN 中缺少此文件（请重新安装）</translation>
    </message>
    <message>
        <source>{path}: {problem}. {expected}</source>
        <translation>{path}：{problem}。{expected}</translation>
    </message>
    <message>
        <source>A weights file is an .npz with the arrays W1, b1, W2 and b2 of a {input_size}-H-{output_size} network (1 &lt;= H &lt;= {max_hidden}, float32 or float64), as ScratchNN&apos;s Save weights or numpy.savez writes it.</source>
        <translation>权重文件是一个 .npz 文件，含有 {input_size}-H-{output_size} 网络（1 &lt;= H &lt;= {max_hidden}，float32 或 float64）的数组 W1、b1、W2 和 b2，即 ScratchNN 的“保存权重”或 numpy.savez 写出的格式。</translation>
    </message>
    <message>
        <source>{megabytes:.1f} MB is more than the weights of {max_hidden} hidden units can take</source>
        <translation>{megabytes:.1f} MB 超过了 {max_hidden} 个隐藏层神经元的权重所能占用的大小</translation>
    </message>
    <message>
        <source>{count} members, not the four arrays W1 b1 W2 b2</source>
        <translation>含有 {count} 个成员，而不是 W1 b1 W2 b2 这四个数组</translation>
    </message>
    <message>
        <source>65535 or more members, not the four arrays W1 b1 W2 b2</source>
        <translation>含有 65535 个或更多成员，而不是 W1 b1 W2 b2 这四个数组</translation>
    </message>
    <message>
        <source>not an .npz archive</source>
        <translation>不是 .npz 归档文件</translation>
    </message>
    <message>
        <source>missing {names}</source>
        <translation>缺少 {names}</translation>
    </message>
    <message>
        <source>{name} is not a numpy array</source>
        <translation>{name} 不是 numpy 数组</translation>
    </message>
    <message>
        <source>{name} cannot be read (damaged, encrypted or compressed in an unknown way)</source>
        <translation>无法读取 {name}（已损坏、已加密或以未知方式压缩）</translation>
    </message>
    <message>
        <source>{name} is a .npy file of version {major}.{minor}, not 1.0 or 2.0</source>
        <translation>{name} 是 {major}.{minor} 版的 .npy 文件，而不是 1.0 或 2.0 版</translation>
    </message>
    <message>
        <source>{name} holds {dtype} values, not float32 or float64</source>
        <translation>{name} 的值是 {dtype}，而不是 float32 或 float64</translation>
    </message>
    <message>
        <source>{name} is damaged: its size does not match its header</source>
        <translation>{name} 已损坏：大小与头部不符</translation>
    </message>
    <message>
        <source>the arrays mix float32 and float64</source>
        <translation>数组中混有 float32 和 float64</translation>
    </message>
    <message>
        <source>the shapes do not form a two-layer net ({shapes})</source>
        <translation>这些形状构不成两层神经网络（{shapes}）</translation>
    </message>
    <message>
        <source>the network is {inputs}-{hidden}-{outputs} ({shapes})</source>
        <translation>网络是 {inputs}-{hidden}-{outputs}（{shapes}）</translation>
    </message>
    <message>
        <source>{name} is damaged ({error})</source>
        <translation>{name} 已损坏（{error}）</translation>
    </message>
    <message>
        <source>{name} holds NaN or infinite values</source>
        <translation>{name} 含有 NaN 或无穷大的值</translation>
    </message>
    <message>
        <source>prepare_digit needs a 2-D grayscale image, not an array of shape {shape}</source>
        <translation>prepare_digit 需要二维灰度图像，而不是形状为 {shape} 的数组</translation>
    </message>
    <message>
        <source>prepare_digit needs a 2-D grayscale image, not an array of shape {shape} (convert a colour image to gray first)</source>
        <translation>prepare_digit 需要二维灰度图像，而不是形状为 {shape} 的数组（请先把彩色图像转成灰度图像）</translation>
    </message>
    <message>
        <source>prepare_digit needs a non-empty image, not one of shape {shape}</source>
        <translation>prepare_digit 需要非空的图像，而不是形状为 {shape} 的图像</translation>
    </message>
    <message>
        <source>prepare_digit needs real pixel values, not dtype {dtype}</source>
        <translation>prepare_digit 需要实数像素值，而不是 dtype {dtype}</translation>
    </message>
    <message>
        <source>the image has NaN or infinite pixels</source>
        <translation>图像中有 NaN 或无穷大的像素</translation>
    </message>
    <message>
        <source>the image is blank (every pixel is {value:g}): there is no digit to prepare</source>
        <translation>图像是空白的（所有像素都是 {value:g}）：没有可处理的数字</translation>
    </message>
</context>
<context>
    <name>CurvesPage</name>
    <message>
        <source>Export all runs as CSV</source>
        <extracomment>The run history&apos;s texts were marked in the TrainingTab context.</extracomment>
        <translation>将所有运行导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to {0}: {1}</source>
        <translation>无法导出到 {0}：{1}</translation>
    </message>
    <message>
        <source>Exported {0} runs to {1}</source>
        <translation>已将 {0} 次运行导出到 {1}</translation>
    </message>
    <message>
        <source>The run history could not be saved to {0} ({1}).</source>
        <translation>无法将运行记录保存到 {0}（{1}）。</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>Examples (function, start, rate, steps)…</source>
        <translation>示例（函数、起点、学习率、步数）…</translation>
    </message>
    <message>
        <source>f(x0, x1) =</source>
        <translation>f(x0, x1) =</translation>
    </message>
    <message>
        <source>Start x0, x1</source>
        <translation>起点 x0, x1</translation>
    </message>
    <message>
        <source>Or click the map. Several starts separated by “;” race each other (up to 4).</source>
        <translation>也可以点击等高线图。用“;”分隔的多个起点会相互比赛（最多 4 个）。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Several rates separated by commas race each other (up to 4); the slider sets the first.</source>
        <translation>用逗号分隔的多个学习率会相互比赛（最多 4 个）；滑块设定第一个值。</translation>
    </message>
    <message>
        <source>Steps (1 to {0})</source>
        <translation>步数（1 到 {0}）</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Run to &amp;end</source>
        <translation>运行到最后(&amp;E)</translation>
    </message>
    <message>
        <source>Speed: {0} steps/s</source>
        <translation>速度：每秒 {0} 步</translation>
    </message>
</context>
<context>
    <name>DigitBrowser</name>
    <message>
        <source>← Previous</source>
        <translation>← 上一页</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一页 →</translation>
    </message>
    <message>
        <source>Under each digit: its true label, then the network&apos;s three most probable answers (green: the true one).</source>
        <translation>每个数字下方：正确解标签，然后是网络认为可能性最大的三个回答（绿色：正确的那个）。</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>第 {0}/{1} 页</translation>
    </message>
</context>
<context>
    <name>DigitCells</name>
    <message>
        <source>true {0}</source>
        <translation>正确解 {0}</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>The network&apos;s output (softmax probabilities):</source>
        <translation>网络的输出（softmax 概率）：</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>The digit you meant: the loss tab&apos;s true class.</source>
        <translation>你想写的数字：它将成为损失函数标签页中的正确类别。</translation>
    </message>
    <message>
        <source>Send to loss functions</source>
        <translation>发送到损失函数</translation>
    </message>
    <message>
        <source>Open the loss functions tab with these ten probabilities and the digit you meant as the true class.</source>
        <translation>打开损失函数标签页，带上这十个概率，并以你想写的数字作为正确类别。</translation>
    </message>
    <message>
        <source>What the network receives (28×28):</source>
        <translation>网络接收到的输入（28×28）：</translation>
    </message>
    <message>
        <source>This digit is a</source>
        <translation>这个数字是</translation>
    </message>
    <message>
        <source>Train or load a network first: it judges your digit.</source>
        <translation>请先学习或加载一个网络：由它来判断你写的数字。</translation>
    </message>
    <message>
        <source>Draw a digit on the pad.</source>
        <translation>请在画板上写一个数字。</translation>
    </message>
    <message>
        <source>The network says &lt;b&gt;{0}&lt;/b&gt; ({1:.1%}).</source>
        <translation>网络的回答：&lt;b&gt;{0}&lt;/b&gt;（{1:.1%}）。</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw one digit, large, with the left mouse button, a touchpad or a pen.</source>
        <translation>用鼠标左键、触摸板或笔写一个大大的数字。</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>在这里写一个数字</translation>
    </message>
</context>
<context>
    <name>EpochTable</name>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>训练精度</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>测试精度</translation>
    </message>
    <message>
        <source>Accuracy on the training and test images at the start of each epoch, the list the book&apos;s train_neuralnet.py prints.</source>
        <translation>每个 epoch 开始时在训练图像和测试图像上的识别精度，即书中 train_neuralnet.py 输出的列表。</translation>
    </message>
    <message>
        <source>epoch {0}: measured after iteration {1}</source>
        <translation>epoch {0}：在第 {1} 次迭代后测量</translation>
    </message>
</context>
<context>
    <name>ExpressionError</name>
    <message>
        <source>the expression must be text</source>
        <translation>表达式必须是文本</translation>
    </message>
    <message>
        <source>too long: {length} characters (at most {limit})</source>
        <translation>太长：{length} 个字符（最多 {limit} 个）</translation>
    </message>
    <message>
        <source>type a function, e.g. {example}</source>
        <translation>请输入一个函数，例如 {example}</translation>
    </message>
    <message>
        <source>too many nested parentheses (at most {limit})</source>
        <translation>括号嵌套太多（最多 {limit} 层）</translation>
    </message>
    <message>
        <source>syntax error at column {column}: {detail}</source>
        <translation>第 {column} 列有语法错误：{detail}</translation>
    </message>
    <message>
        <source>the expression contains characters or nesting that cannot be read</source>
        <translation>表达式含有无法读取的字符或嵌套</translation>
    </message>
    <message>
        <source>too complex (more than {limit} parts)</source>
        <translation>太复杂（超过 {limit} 个部分）</translation>
    </message>
    <message>
        <source>too deeply nested (at most {limit} levels)</source>
        <translation>嵌套太深（最多 {limit} 层）</translation>
    </message>
    <message>
        <source>attributes (a.b) are not allowed</source>
        <translation>不允许使用属性（a.b）</translation>
    </message>
    <message>
        <source>indexing (a[i]) is not allowed</source>
        <translation>不允许使用索引（a[i]）</translation>
    </message>
    <message>
        <source>lambda is not allowed</source>
        <translation>不允许使用 lambda</translation>
    </message>
    <message>
        <source>comparisons are not allowed</source>
        <translation>不允许使用比较运算</translation>
    </message>
    <message>
        <source>use ** for powers (^ is not a power in Python)</source>
        <translation>乘方请用 **（在 Python 中 ^ 不是乘方）</translation>
    </message>
    <message>
        <source>if/else is not allowed</source>
        <translation>不允许使用 if/else</translation>
    </message>
    <message>
        <source>and/or are not allowed</source>
        <translation>不允许使用 and/or</translation>
    </message>
    <message>
        <source>text strings are not allowed</source>
        <translation>不允许使用字符串</translation>
    </message>
    <message>
        <source>a comprehension is not allowed</source>
        <translation>不允许使用推导式</translation>
    </message>
    <message>
        <source>a list is not allowed</source>
        <translation>不允许使用列表</translation>
    </message>
    <message>
        <source>a tuple is not allowed</source>
        <translation>不允许使用元组</translation>
    </message>
    <message>
        <source>a dict is not allowed</source>
        <translation>不允许使用字典</translation>
    </message>
    <message>
        <source>a set is not allowed</source>
        <translation>不允许使用集合</translation>
    </message>
    <message>
        <source>{what} is not allowed</source>
        <translation>不允许使用 {what}</translation>
    </message>
    <message>
        <source>only real numbers are allowed, not {value}</source>
        <translation>只允许实数，而不是 {value}</translation>
    </message>
    <message>
        <source>number too large (at most {limit:g})</source>
        <translation>数太大（最多 {limit:g}）</translation>
    </message>
    <message>
        <source>{name} is a function: write {name}(...)</source>
        <translation>{name} 是函数：请写成 {name}(...)</translation>
    </message>
    <message>
        <source>unknown name {name} (use {allowed} or a function)</source>
        <translation>未知的名称 {name}（请使用 {allowed} 或函数）</translation>
    </message>
    <message>
        <source>exponent {exponent:.6g} is too large (at most {limit} in size)</source>
        <translation>指数 {exponent:.6g} 太大（绝对值最多 {limit}）</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除以零</translation>
    </message>
    <message>
        <source>this constant part is undefined or too large</source>
        <translation>这个常数部分无定义或太大</translation>
    </message>
    <message>
        <source>only functions by bare name can be called, e.g. sin(x)</source>
        <translation>只能直接用函数名调用函数，例如 sin(x)</translation>
    </message>
    <message>
        <source>unknown function {name}; allowed: {allowed}</source>
        <translation>未知的函数 {name}；允许的函数：{allowed}</translation>
    </message>
    <message>
        <source>keyword arguments are not allowed</source>
        <translation>不允许使用关键字参数</translation>
    </message>
    <message>
        <source>{name} takes 1 argument</source>
        <translation>{name} 接受 1 个参数</translation>
    </message>
    <message>
        <source>{name} takes {count} arguments</source>
        <translation>{name} 接受 {count} 个参数</translation>
    </message>
    <message>
        <source>{name}(...) of this constant is undefined or too large</source>
        <translation>这个常数的 {name}(...) 无定义或太大</translation>
    </message>
    <message>
        <source>numbers in this function grow beyond 1e300 when multiplied out: too large for an exact derivative</source>
        <translation>这个函数展开后数值超过 1e300：太大，无法求出精确的导数</translation>
    </message>
    <message>
        <source>this function is too complex for an exact derivative</source>
        <translation>这个函数太复杂，无法求出精确的导数</translation>
    </message>
    <message>
        <source>this function cannot be written as an exact formula</source>
        <translation>这个函数无法写成精确的公式</translation>
    </message>
    <message>
        <source>invalid syntax</source>
        <translation>语法无效</translation>
    </message>
    <message>
        <source>&apos;{bracket}&apos; was never closed</source>
        <translation>&apos;{bracket}&apos; 没有闭合</translation>
    </message>
    <message>
        <source>unmatched &apos;{bracket}&apos;</source>
        <translation>没有配对的 &apos;{bracket}&apos;</translation>
    </message>
    <message>
        <source>closing parenthesis &apos;{closing}&apos; does not match opening parenthesis &apos;{opening}&apos;</source>
        <translation>右括号 &apos;{closing}&apos; 与左括号 &apos;{opening}&apos; 不匹配</translation>
    </message>
    <message>
        <source>invalid number (a product is written 2*x, not 2x)</source>
        <translation>数字写法无效（乘积要写成 2*x，而不是 2x）</translation>
    </message>
    <message>
        <source>invalid hexadecimal literal</source>
        <translation>十六进制数写法无效</translation>
    </message>
    <message>
        <source>invalid character &apos;{character}&apos; ({code})</source>
        <translation>无效字符 &apos;{character}&apos;（{code}）</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <source>leading zeros are not allowed in a number (write 1, not 01)</source>
        <translation>数字不能以 0 开头（请写 1，而不是 01）</translation>
    </message>
    <message>
        <source>the expression cannot contain null bytes</source>
        <translation>表达式不能包含空字节</translation>
    </message>
    <message>
        <source>a backslash (\) is not allowed</source>
        <translation>不允许使用反斜杠（\）</translation>
    </message>
</context>
<context>
    <name>ExpressionField</name>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <source>backprop</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>structured</source>
        <translation>结构化</translation>
    </message>
    <message>
        <source>book</source>
        <translation>书中</translation>
    </message>
    <message>
        <source>Backpropagation...</source>
        <translation>误差反向传播法...</translation>
    </message>
    <message>
        <source>Numerical gradient (structured)...</source>
        <translation>数值微分（结构化）...</translation>
    </message>
    <message>
        <source>Numerical gradient (the book&apos;s loop, one weight at a time)...</source>
        <translation>数值微分（书中的循环，逐个权重）...</translation>
    </message>
    <message>
        <source>Checked: the network trained or loaded last in the training tab.</source>
        <translation>检查对象：本标签页中最后学习或加载的网络。</translation>
    </message>
    <message>
        <source>Checked: a fresh network with the form&apos;s hidden size, init std and seed, as the book checks one (nothing has been trained yet).</source>
        <translation>检查对象：用表单中的隐藏层神经元数、初始值标准差和随机种子新建的网络；书中也是用未学习的网络来确认的（目前还没有学习过网络）。</translation>
    </message>
    <message>
        <source>&amp;Run the check</source>
        <translation>运行确认(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>The book checks backpropagation against the numerical gradient on three training images (gradient_check.py): the mean absolute difference of each parameter&apos;s gradients should be tiny (about 1e-10 to 1e-7). Here the book&apos;s loop, the structured numerical gradient and backpropagation are all computed in float64 and compared pair by pair.</source>
        <translation>书中用三张训练图像，把误差反向传播法求得的梯度与数值微分进行比较（gradient_check.py）：每个参数的梯度之差的绝对值的平均应当非常小（约 1e-10 到 1e-7）。这里用 float64 计算书中的循环、结构化数值微分和误差反向传播法，并两两比较。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>First image</source>
        <translation>第一张图像</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation>无法进行确认：{0}</translation>
    </message>
    <message>
        <source>{0} vs {1}</source>
        <translation>{0} 对比 {1}</translation>
    </message>
    <message>
        <source>{0}: mean</source>
        <translation>{0}：平均</translation>
    </message>
    <message>
        <source>{0}: max</source>
        <translation>{0}：最大</translation>
    </message>
    <message>
        <source>Done: {0} images.</source>
        <translation>完成：{0} 张图像。</translation>
    </message>
    <message>
        <source>Stopped: the book&apos;s loop did not finish; the others are compared.</source>
        <translation>已停止：书中的循环没有完成；已比较其余两种。</translation>
    </message>
    <message>
        <source>Times: book&apos;s loop {0}, structured {1}, backprop {2}.</source>
        <translation>用时：书中的循环 {0}，结构化 {1}，误差反向传播法 {2}。</translation>
    </message>
    <message>
        <source>Backprop: the same gradient {0:,.0f} times faster than the book&apos;s numerical loop; the structured numerical gradient {1:,.0f} times faster than it.</source>
        <translation>误差反向传播法求同样的梯度，比书中的数值微分循环快 {0:,.0f} 倍；结构化数值微分比该循环快 {1:,.0f} 倍。</translation>
    </message>
    <message>
        <source>the gradient check takes 1 to {limit} images, not {images}</source>
        <translation>梯度确认需要 1 到 {limit} 张图像，而不是 {images} 张</translation>
    </message>
    <message>
        <source>images {first} to {last} are not all among the {count} training images</source>
        <translation>图像 {first} 到 {last} 并不都在 {count} 张训练图像之内</translation>
    </message>
</context>
<context>
    <name>GradientTab</name>
    <message>
        <source>Book 4.4.1: lr = 0.1 from (-3, 4), 100 steps</source>
        <translation>书中 4.4.1：lr = 0.1，从 (-3, 4) 出发，100 步</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 10, too large</source>
        <translation>书中 4.4.1：lr = 10，过大</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 1e-10, too small</source>
        <translation>书中 4.4.1：lr = 1e-10，过小</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 0.1, 10, 1e-10 and the default 0.01 racing</source>
        <translation>书中 4.4.1：lr = 0.1、10、1e-10 与默认值 0.01 的比赛</translation>
    </message>
    <message>
        <source>Notes: (x0-2)² + 4(x1-3)² from (100, -10), lr = 0.01, 1000 steps</source>
        <translation>学习笔记：(x0-2)² + 4(x1-3)²，从 (100, -10) 出发，lr = 0.01，1000 步</translation>
    </message>
    <message>
        <source>Saddle x0² − x1²: from (-3, 0) it stops, from (-3, 0.5) it slides off</source>
        <translation>鞍点 x0² − x1²：从 (-3, 0) 出发会停住，从 (-3, 0.5) 出发会滑走</translation>
    </message>
    <message>
        <source>Narrow valley 0.05x0² + 5x1²: lr = 0.05, 0.19 and 0.21 racing</source>
        <translation>狭长山谷 0.05x0² + 5x1²：lr = 0.05、0.19 和 0.21 的比赛</translation>
    </message>
    <message>
        <source>Book 6.1: x0²/20 + x1² from (-7, 2), lr = 0.95, 30 steps (zigzag)</source>
        <translation>书中 6.1：x0²/20 + x1²，从 (-7, 2) 出发，lr = 0.95，30 步（之字形）</translation>
    </message>
    <message>
        <source>lr = {lr:g}</source>
        <translation>lr = {lr:g}</translation>
    </message>
    <message>
        <source>from ({x0:g}, {x1:g})</source>
        <translation>从 ({x0:g}, {x1:g}) 出发</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>收敛</translation>
    </message>
    <message>
        <source>still descending</source>
        <translation>仍在下降</translation>
    </message>
    <message>
        <source>barely moved</source>
        <translation>几乎没动</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>diverged, then stalled</source>
        <translation>发散后停滞</translation>
    </message>
    <message>
        <source>overshooting</source>
        <translation>越过最小值</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <source>{name} is empty: type a number such as -3 or 1e2</source>
        <translation>{name} 为空：请输入 -3 或 1e2 这样的数</translation>
    </message>
    <message>
        <source>{name} must be a number such as -3 or 1e2, not “{text}”</source>
        <translation>{name} 必须是 -3 或 1e2 这样的数，而不是“{text}”</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {text}</source>
        <translation>{name} 必须是有限的数值，而不是 {text}</translation>
    </message>
    <message>
        <source>|{name}| must be at most {limit:g} (farther, the numerical gradient with h = 1e-4 loses its digits), not {text}</source>
        <translation>|{name}| 至多为 {limit:g}，而不是 {text}（再远的话，h = 1e-4 的数值梯度会丢失有效数字）</translation>
    </message>
    <message>
        <source>Type the start as two numbers x0, x1 such as -3, 4 (several starts, separated by “;”, race each other), not “{text}”</source>
        <translation>请将起点输入为两个数 x0, x1，例如 -3, 4（用“;”分隔的多个起点会相互比赛），而不是“{text}”</translation>
    </message>
    <message>
        <source>The learning rate is empty: type a number such as 0.1 (several, separated by commas, race each other)</source>
        <translation>学习率为空：请输入 0.1 这样的数（用逗号分隔的多个值会相互比赛）</translation>
    </message>
    <message>
        <source>The learning rate must be a number such as 0.1, not “{text}”</source>
        <translation>学习率必须是 0.1 这样的数，而不是“{text}”</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number, not {text}: x ← x − lr · grad would stand still or walk uphill</source>
        <translation>学习率必须是正数，而不是 {text}：否则 x ← x − lr · grad 会原地不动或往上坡走</translation>
    </message>
    <message>
        <source>The learning rate must be a finite number, not {text}</source>
        <translation>学习率必须是有限的数值，而不是 {text}</translation>
    </message>
    <message>
        <source>The number of steps must be a whole number from 0 to {limit}, not {text}</source>
        <translation>步数必须是 0 到 {limit} 之间的整数，而不是 {text}</translation>
    </message>
    <message>
        <source>At most {limit} descents can race at once, not {count}</source>
        <translation>最多只能同时比赛 {limit} 个下降，而不是 {count} 个</translation>
    </message>
    <message>
        <source>Race either several learning rates from one start or several starts at one learning rate, not both</source>
        <translation>要么从一个起点比赛多个学习率，要么用一个学习率比赛多个起点，不能两者同时进行</translation>
    </message>
    <message>
        <source>f cannot be evaluated: {error}</source>
        <translation>无法计算 f：{error}</translation>
    </message>
    <message>
        <source>f(x) is not a number at the start point ({f0}): pick another start.</source>
        <translation>起点处 f(x) 不是数值（{f0}）：请换一个起点。</translation>
    </message>
    <message>
        <source>Diverged: the learning rate {lr:g} is too large. Each step overshoots the minimum and lands farther away; by step {diverged_at} |x| was over a million times its start.</source>
        <translation>发散：学习率 {lr:g} 过大。每一步都越过最小值，落到更远的地方；到第 {diverged_at} 步时，|x| 已超过起点的一百万倍。</translation>
    </message>
    <message>
        <source>Converged after {steps} steps to x = ({x0:.3g}, {x1:.3g}), f(x) = {f:.3g}: |grad| fell from {g0:.3g} to {g:.2g}, </source>
        <translation>经过 {steps} 步收敛到 x = ({x0:.3g}, {x1:.3g})，f(x) = {f:.3g}：|grad| 从 {g0:.3g} 降到了 {g:.2g}。 </translation>
    </message>
    <message>
        <source>Barely moved: with learning rate {lr:g} the point moved only {moved:.2g} in {steps} steps (x = ({x0:.9g}, {x1:.9g})). The learning rate is too small.</source>
        <translation>几乎没动：学习率为 {lr:g} 时，{steps} 步内点只移动了 {moved:.2g}（x = ({x0:.9g}, {x1:.9g})）。学习率过小。</translation>
    </message>
    <message>
        <source>Still descending: f fell from {f0:.4g} to {f:.4g} in {steps} steps and |grad| = {g:.2g} is not yet near 0. </source>
        <translation>仍在下降：{steps} 步内 f 从 {f0:.4g} 降到 {f:.4g}，但 |grad| = {g:.2g} 还没有接近 0。 </translation>
    </message>
    <message>
        <source>Not converging: f went from {f0:.4g} to {f:.4g}; the steps overshoot the minimum. Try a smaller learning rate.</source>
        <translation>不收敛：f 从 {f0:.4g} 变为 {f:.4g}；每一步都越过了最小值。请尝试更小的学习率。</translation>
    </message>
    <message>
        <source>From step {stalled_at} the path seems to stop at x = ({stall_x0:.3g}, {stall_x1:.3g}), but only because the numerical gradient became 0: x ± h rounds to x (h = 1e-4 is smaller than the gap between floating-point numbers near {stall_size:.1e}). It did not converge: f = {stall_f:.3g}.</source>
        <translation>从第 {stalled_at} 步起，路径看似停在 x = ({stall_x0:.3g}, {stall_x1:.3g})，但这只是因为数值微分求得的梯度变成了 0：x ± h 被舍入为 x（h = 1e-4 小于 {stall_size:.1e} 附近浮点数之间的间隔）。它并没有收敛：f = {stall_f:.3g}。</translation>
    </message>
    <message>
        <source>More steps or a larger learning rate would get closer to the minimum.</source>
        <translation>增加步数或增大学习率，可以更接近最小值。</translation>
    </message>
    <message>
        <source>The slope got steeper on the way ({g0:.3g} at the start): f may have no minimum in this direction, as beside a saddle point.</source>
        <translation>途中坡度变得更陡了（起点处为 {g0:.3g}）：就像在鞍点旁边一样，f 在这个方向上可能没有最小值。</translation>
    </message>
    <message>
        <source>but f is lower close by: this is a saddle point, not a minimum.</source>
        <translation>不过附近有 f 更低的地方：这是鞍点，不是最小值。</translation>
    </message>
    <message>
        <source>and f is higher all around: a minimum.</source>
        <translation>而且周围的 f 都更高：这是最小值。</translation>
    </message>
    <message>
        <source>but f is flat here, the same all around: there is no minimum, and nothing to descend.</source>
        <translation>不过这里的 f 是平的，四周都一样：没有最小值，也无处可降。</translation>
    </message>
    <message>
        <source>The path left the plotted area at step {0}; the red × marks where it crossed the edge (the view does not zoom out to follow it).</source>
        <translation>路径在第 {0} 步离开了绘图区域；红色 × 标出它越过边界的位置（视图不会缩小去跟随它）。</translation>
    </message>
    <message>
        <source>Press Play or Step to walk downhill: x ← x − lr · grad f(x) (Book 4.4.1).</source>
        <translation>按“播放”或“单步”沿坡向下走：x ← x − lr · grad f(x)（书中 4.4.1）。</translation>
    </message>
    <message>
        <source>Diverging: each step lands farther away.</source>
        <translation>正在发散：每一步都落得更远。</translation>
    </message>
    <message>
        <source>Descending…</source>
        <translation>正在下降…</translation>
    </message>
    <message>
        <source>grad f at ({0:.6g}, {1:.6g}) = {2}: the black arrow on the map</source>
        <translation>({0:.6g}, {1:.6g}) 处的 grad f = {2}：等高线图上的黑色箭头</translation>
    </message>
    <message>
        <source>Slices through the start ({0:.6g}, {1:.6g})</source>
        <translation>经过起点 ({0:.6g}, {1:.6g}) 的截面</translation>
    </message>
    <message>
        <source>Slices through the current point ({0:.6g}, {1:.6g}), step {2}</source>
        <translation>经过当前点 ({0:.6g}, {1:.6g}) 的截面，第 {2} 步</translation>
    </message>
    <message>
        <source>Slices through the mouse position ({0:.6g}, {1:.6g})</source>
        <translation>经过鼠标位置 ({0:.6g}, {1:.6g}) 的截面</translation>
    </message>
    <message>
        <source>No slices at ({0}, {1}): not a finite point (the path ran away, or f was not defined where it started).</source>
        <translation>({0}, {1}) 处没有截面：这不是有限的点（路径跑远了，或 f 在起点处无定义）。</translation>
    </message>
    <message>
        <source>Play, Step and Run to end are off until the field marked in red is corrected; the map shows the last valid setting.</source>
        <translation>在改正标为红色的输入框之前，“播放”“单步”和“运行到最后”不可用；等高线图显示的是最后一次有效的设置。</translation>
    </message>
    <message>
        <source>Computing {0} steps… {1}%</source>
        <translation>正在计算 {0} 步… {1}%</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降法</translation>
    </message>
    <message>
        <source>Bad function: {0}</source>
        <translation>函数有误：{0}</translation>
    </message>
    <message>
        <source>step {0} of {1}
x = ({2:.9g}, {3:.9g})
f(x) = {4:.9g}
|grad| = {5:.4g}</source>
        <translation>第 {0}/{1} 步
x = ({2:.9g}, {3:.9g})
f(x) = {4:.9g}
|grad| = {5:.4g}</translation>
    </message>
    <message>
        <source>The 3-D view is off: {0}</source>
        <translation>3D 视图不可用：{0}</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>3D 曲面</translation>
    </message>
    <message>
        <source>Slices: partial derivatives</source>
        <translation>截面：偏导数</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Loss functions</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>A loss function turns the network&apos;s output y and the correct answer t into one number that says how bad the output is: 0 when it is perfect. Learning means changing the weights so that the loss gets smaller. The mean squared error counts every output&apos;s miss; the cross-entropy error looks only at the output for the true class and punishes a small one hard. We learn on a loss, not on accuracy, because accuracy changes in jumps: its derivative is 0 almost everywhere.</source>
        <translation>损失函数把网络的输出 y 和正确答案 t 变成一个数，表示输出有多差：输出完全正确时为 0。学习就是改变权重，使损失变小。均方误差计算每个输出的偏差；交叉熵误差只看正确类别的输出，这个输出越小，惩罚越重。我们以损失而不是识别精度为指标来学习，因为识别精度只会跳跃式地变化：它的导数几乎处处为 0。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Mean squared error&lt;/i&gt;&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;&lt;br&gt;&lt;i&gt;Cross-entropy error&lt;/i&gt;&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;&lt;br&gt;&lt;i&gt;Over a mini-batch of N&lt;/i&gt;&lt;br&gt;E = −(1/N) Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;</source>
        <translation>&lt;i&gt;均方误差&lt;/i&gt;&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;&lt;br&gt;&lt;i&gt;交叉熵误差&lt;/i&gt;&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;&lt;br&gt;&lt;i&gt;N 个数据的 mini-batch&lt;/i&gt;&lt;br&gt;E = −(1/N) Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Book 4.2 Loss functions: 4.2.1 mean squared error, 4.2.2 cross-entropy error, 4.2.3 mini-batch learning, 4.2.5 why set a loss function?</source>
        <translation>书中 4.2 损失函数：4.2.1 均方误差，4.2.2 交叉熵误差，4.2.3 mini-batch学习，4.2.5 为何要设定损失函数</translation>
    </message>
    <message>
        <source>The book&apos;s right answer: &apos;2&apos; with 0.6</source>
        <translation>书中的正确回答：“2” 为 0.6</translation>
    </message>
    <message>
        <source>Both losses are small (MSE 0.0975, cross-entropy 0.51): the true class 2 has the largest output.</source>
        <translation>两个损失都很小（均方误差 0.0975，交叉熵误差 0.51）：正确类别 2 的输出最大。</translation>
    </message>
    <message>
        <source>The book&apos;s wrong answer: &apos;7&apos; with 0.6</source>
        <translation>书中的错误回答：“7” 为 0.6</translation>
    </message>
    <message>
        <source>Both losses grow (MSE 0.5975, cross-entropy 2.30): the true class 2 only gets 0.1, and −log 0.1 is large.</source>
        <translation>两个损失都变大了（均方误差 0.5975，交叉熵误差 2.30）：正确类别 2 只得到 0.1，而 −log 0.1 很大。</translation>
    </message>
    <message>
        <source>Numerical differentiation</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>The derivative is the slope of f at x: how fast f changes when x changes a tiny bit. A computer cannot let h go to 0, so the numerical derivative uses a small h. The central difference, taken on both sides of x, is much more accurate than the forward difference. But h must not be too small either: x + h is rounded to the nearest floating-point number, and below about 1e-8 that rounding error takes over. The book uses h = 1e-4.</source>
        <translation>导数是 f 在 x 处的斜率：x 变化一点点时，f 变化得有多快。计算机无法让 h 趋于 0，所以数值微分使用一个很小的 h。在 x 两侧取值的中心差分比前向差分精确得多。但 h 也不能太小：x + h 会被舍入到最接近的浮点数，h 小于大约 1e-8 时，这种舍入误差就占了上风。书中使用 h = 1e-4。</translation>
    </message>
    <message>
        <source>df(x)/dx = lim&lt;sub&gt;h→0&lt;/sub&gt; (f(x + h) − f(x)) / h&lt;br&gt;&lt;i&gt;Central difference&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x − h)) / 2h&lt;br&gt;&lt;i&gt;Forward difference&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x)) / h</source>
        <translation>df(x)/dx = lim&lt;sub&gt;h→0&lt;/sub&gt; (f(x + h) − f(x)) / h&lt;br&gt;&lt;i&gt;中心差分&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x − h)) / 2h&lt;br&gt;&lt;i&gt;前向差分&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x)) / h</translation>
    </message>
    <message>
        <source>Book 4.3 Numerical differentiation: 4.3.1 derivatives, 4.3.2 an example of numerical differentiation, 4.3.3 partial derivatives</source>
        <translation>书中 4.3 数值微分：4.3.1 导数，4.3.2 数值微分的例子，4.3.3 偏导数</translation>
    </message>
    <message>
        <source>h = 1e-50 with forward difference</source>
        <translation>前向差分，h = 1e-50</translation>
    </message>
    <message>
        <source>The numerical derivative is exactly 0: 5 + 1e-50 rounds to 5, so f(x + h) − f(x) is 0. This is the book&apos;s example of a rounding error.</source>
        <translation>数值微分恰好为 0：5 + 1e-50 被舍入为 5，所以 f(x + h) − f(x) 为 0。这是书中舍入误差的例子。</translation>
    </message>
    <message>
        <source>h = 0.1: forward against central</source>
        <translation>h = 0.1：前向差分对比中心差分</translation>
    </message>
    <message>
        <source>Forward gives 0.201 instead of 0.2: the slope of a secant through x and x + h. Switch to central: for this parabola the error all but vanishes.</source>
        <translation>前向差分得到 0.201 而不是 0.2：这是经过 x 和 x + h 的割线的斜率。切换到中心差分后，对这条抛物线来说误差几乎消失。</translation>
    </message>
    <message>
        <source>|x| at its kink</source>
        <translation>折点处的 |x|</translation>
    </message>
    <message>
        <source>The central difference says 0, yet |x| has no derivative at 0: the slope is −1 on the left and +1 on the right.</source>
        <translation>中心差分给出 0，但 |x| 在 0 处没有导数：左边斜率为 −1，右边为 +1。</translation>
    </message>
    <message>
        <source>Gradient and gradient descent</source>
        <translation>梯度与梯度下降法</translation>
    </message>
    <message>
        <source>The gradient collects the partial derivatives of f, one per variable, in a vector. It points where f rises fastest, so −∇f, drawn as arrows, points downhill. Gradient descent takes a small step along −∇f again and again. The learning rate η sets the size of each step: too small and nothing seems to happen, too large and the steps overshoot and fly away. It is a hyperparameter: chosen by hand, not learned.</source>
        <translation>梯度把 f 对各个变量的偏导数汇总成一个向量。它指向 f 增长最快的方向，所以画成箭头的 −∇f 指向下坡。梯度下降法沿 −∇f 一次又一次地走一小步。学习率 η 决定每一步的大小：太小则似乎什么都没发生，太大则会越过头飞出去。学习率是超参数：由人手动设定，而不是学习得到的。</translation>
    </message>
    <message>
        <source>∇f = (∂f/∂x&lt;sub&gt;0&lt;/sub&gt;, ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;)&lt;br&gt;x ← x − η∇f&lt;br&gt;&lt;i&gt;that is, for each variable&lt;/i&gt;&lt;br&gt;x&lt;sub&gt;0&lt;/sub&gt; ← x&lt;sub&gt;0&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;0&lt;/sub&gt;&lt;br&gt;x&lt;sub&gt;1&lt;/sub&gt; ← x&lt;sub&gt;1&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation>∇f = (∂f/∂x&lt;sub&gt;0&lt;/sub&gt;, ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;)&lt;br&gt;x ← x − η∇f&lt;br&gt;&lt;i&gt;对每个变量写出来就是&lt;/i&gt;&lt;br&gt;x&lt;sub&gt;0&lt;/sub&gt; ← x&lt;sub&gt;0&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;0&lt;/sub&gt;&lt;br&gt;x&lt;sub&gt;1&lt;/sub&gt; ← x&lt;sub&gt;1&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Book 4.4 Gradient: 4.4.1 the gradient method (gradient descent); 4.3.3 partial derivatives</source>
        <translation>书中 4.4 梯度：4.4.1 梯度法；4.3.3 偏导数</translation>
    </message>
    <message>
        <source>The book&apos;s run: lr = 0.1 from (−3, 4)</source>
        <translation>书中的例子：从 (−3, 4) 出发，lr = 0.1</translation>
    </message>
    <message>
        <source>After 100 steps x is about (−6.1e-10, 8.1e-10), the book&apos;s result: practically the minimum (0, 0).</source>
        <translation>100 步后 x 约为 (−6.1e-10, 8.1e-10)，与书中结果相同：几乎就是最小值 (0, 0)。</translation>
    </message>
    <message>
        <source>lr = 10: why does it seem to stop?</source>
        <translation>lr = 10：为什么看起来停住了？</translation>
    </message>
    <message>
        <source>The first steps throw x out to about −2.6e13, and there it stays: not a minimum, the numerical gradient became 0 because x ± h rounds to x.</source>
        <translation>最初几步就把 x 甩到约 −2.6e13，然后停在那里：这不是最小值，而是因为 x ± h 被舍入为 x，数值微分求得的梯度变成了 0。</translation>
    </message>
    <message>
        <source>lr = 1e-10: why does nothing happen?</source>
        <translation>lr = 1e-10：为什么什么都没发生？</translation>
    </message>
    <message>
        <source>After 100 steps x is (−2.99999994, 3.99999992), the book&apos;s result: each step moves only η|∇f| = 1e-9.</source>
        <translation>100 步后 x 为 (−2.99999994, 3.99999992)，与书中结果相同：每一步只移动 η|∇f| = 1e-9。</translation>
    </message>
    <message>
        <source>The gradient of a neural network</source>
        <translation>神经网络的梯度</translation>
    </message>
    <message>
        <source>For a network, the function to minimise is the loss L, and its variables are the weights W. The gradient ∂L/∂W has the shape of W: each entry says how much L changes when that one weight moves a little. The book computes it for a 2×3 simpleNet with numerical_gradient and a lambda that ignores its argument. A gradient step moves every weight against its own partial derivative.</source>
        <translation>对神经网络来说，要最小化的函数是损失函数 L，变量是权重 W。梯度 ∂L/∂W 的形状与 W 相同：每个元素表示该权重稍微变化时 L 变化多少。书中对 2×3 的 simpleNet，用 numerical_gradient 和一个不使用参数的 lambda 来求它。梯度法的一步让每个权重都朝其偏导数的反方向移动。</translation>
    </message>
    <message>
        <source>∂L/∂W = (∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;the same 2×3 shape as W&lt;/i&gt;&lt;br&gt;L(w + h) − L(w) ≈ (∂L/∂w) h&lt;br&gt;W ← W − η ∂L/∂W</source>
        <translation>∂L/∂W = (∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;与 W 形状相同（2×3）&lt;/i&gt;&lt;br&gt;L(w + h) − L(w) ≈ (∂L/∂w) h&lt;br&gt;W ← W − η ∂L/∂W</translation>
    </message>
    <message>
        <source>Book 4.4.2 The gradient of a neural network (simpleNet)</source>
        <translation>书中 4.4.2 神经网络的梯度（simpleNet）</translation>
    </message>
    <message>
        <source>Nudge w12 by h = 0.01</source>
        <translation>将 w12 增加 h = 0.01</translation>
    </message>
    <message>
        <source>The loss changes by almost exactly ∂L/∂w12 × 0.01: what the partial derivative predicts.</source>
        <translation>损失的变化几乎恰好是 ∂L/∂w12 × 0.01：正如偏导数所预测的那样。</translation>
    </message>
    <message>
        <source>One gradient step with lr = 0.5</source>
        <translation>以 lr = 0.5 执行一步梯度法</translation>
    </message>
    <message>
        <source>Every weight moved against its own partial derivative, and the loss went down.</source>
        <translation>每个权重都朝其偏导数的反方向移动，损失下降了。</translation>
    </message>
    <message>
        <source>Repeat gradient steps</source>
        <translation>重复执行梯度法</translation>
    </message>
    <message>
        <source>The steps repeat on their own: the loss falls quickly at first, then more and more slowly as the gradient shrinks.</source>
        <translation>步骤会自动重复：损失一开始下降得快，随着梯度变小，下降得越来越慢。</translation>
    </message>
    <message>
        <source>Training on MNIST</source>
        <translation>在 MNIST 上学习</translation>
    </message>
    <message>
        <source>Training repeats four steps: pick a random mini-batch of training images, compute the gradient of the loss for every weight, move each weight a little against it, repeat. One epoch is as many iterations as it takes to go through the training data once; after each, the recognition accuracy is measured on the training and the test data. If both rise together, the network generalises; a widening gap would be overfitting. Backpropagation (chapter 5) gives the same gradient as numerical differentiation, thousands of times faster.</source>
        <translation>学习重复四个步骤：从训练数据中随机选出一个 mini-batch，对每个权重求损失函数的梯度，让每个权重朝梯度的反方向移动一点，然后重复。一个 epoch 是遍历一次训练数据所需的迭代次数；每个 epoch 之后，分别用训练数据和测试数据测量识别精度。两者一起上升，说明网络具有泛化能力；差距越拉越大则是过拟合。误差反向传播法（第 5 章）求得的梯度与数值微分相同，速度却快成千上万倍。</translation>
    </message>
    <message>
        <source>y = softmax(sigmoid(x W&lt;sub&gt;1&lt;/sub&gt; + b&lt;sub&gt;1&lt;/sub&gt;) W&lt;sub&gt;2&lt;/sub&gt; + b&lt;sub&gt;2&lt;/sub&gt;)&lt;br&gt;W ← W − η ∂L/∂W&lt;br&gt;&lt;i&gt;for W&lt;sub&gt;1&lt;/sub&gt;, b&lt;sub&gt;1&lt;/sub&gt;, W&lt;sub&gt;2&lt;/sub&gt; and b&lt;sub&gt;2&lt;/sub&gt;&lt;/i&gt;&lt;br&gt;&lt;i&gt;iterations per epoch = training images / batch size&lt;/i&gt;</source>
        <translation>y = softmax(sigmoid(x W&lt;sub&gt;1&lt;/sub&gt; + b&lt;sub&gt;1&lt;/sub&gt;) W&lt;sub&gt;2&lt;/sub&gt; + b&lt;sub&gt;2&lt;/sub&gt;)&lt;br&gt;W ← W − η ∂L/∂W&lt;br&gt;&lt;i&gt;对 W&lt;sub&gt;1&lt;/sub&gt;、b&lt;sub&gt;1&lt;/sub&gt;、W&lt;sub&gt;2&lt;/sub&gt; 和 b&lt;sub&gt;2&lt;/sub&gt; 分别进行&lt;/i&gt;&lt;br&gt;&lt;i&gt;每个 epoch 的迭代次数 = 训练图像数 / 批大小&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Book 4.5 Implementing the learning algorithm: 4.5.1 a two-layer network class, 4.5.2 mini-batch training, 4.5.3 evaluating with test data</source>
        <translation>书中 4.5 学习算法的实现：4.5.1 2层神经网络的类，4.5.2 mini-batch的实现，4.5.3 基于测试数据的评价</translation>
    </message>
    <message>
        <source>A hidden layer of 5 units</source>
        <translation>隐藏层只有 5 个神经元</translation>
    </message>
    <message>
        <source>Five hidden units still learn digits, but the test accuracy ends near 70 % instead of about 87 % with 50 units.</source>
        <translation>隐藏层只有 5 个神经元也能学会识别数字，但测试数据的识别精度只能到 70 % 左右，而 50 个神经元时约为 87 %。</translation>
    </message>
    <message>
        <source>Learning rate 0.01 instead of 0.1</source>
        <translation>学习率用 0.01 代替 0.1</translation>
    </message>
    <message>
        <source>The loss hardly falls in 1200 iterations (test accuracy about 16 %): every step is ten times smaller. Try 0.5 for comparison: about 92 %.</source>
        <translation>迭代 1200 次，损失几乎不降（测试数据的识别精度约 16 %）：每一步都小了十倍。再试试 0.5 作为对比：约 92 %。</translation>
    </message>
    <message>
        <source>Train with the numerical gradient</source>
        <translation>用数值微分学习</translation>
    </message>
    <message>
        <source>Each iteration changes each of this tiny net&apos;s 2395 parameters twice to measure the gradient, so it crawls; backpropagation gets the same gradient at a tiny fraction of the cost.</source>
        <translation>为了测量梯度，每次迭代都要把这个小网络的 2395 个参数逐个改动两次，所以进展很慢；误差反向传播法求同样的梯度只需其中极小一部分的计算量。</translation>
    </message>
</context>
<context>
    <name>HelpDock</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Help for this tab</source>
        <translation>本标签页的帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Help for this tab ({0})</source>
        <translation>本标签页的帮助（{0}）</translation>
    </message>
    <message>
        <source>This experiment could not be set up: {0}</source>
        <translation>无法准备这个实验：{0}</translation>
    </message>
    <message>
        <source>The tab cannot start this now; the status bar says why.</source>
        <translation>标签页现在无法开始这个实验；原因显示在状态栏中。</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Try this</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>There is no help for this tab yet.</source>
        <translation>这个标签页还没有帮助。</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>注意看：</translation>
    </message>
</context>
<context>
    <name>HyperparameterForm</name>
    <message>
        <source>Backpropagation</source>
        <extracomment>The numeric hyperparameters the form shows and remembers, in ``TrainConfig``&apos;s names (Book 4.5.2). MNIST&apos;s sizes: the form shows them where ``TrainConfig`` says ``None`` (the whole set).</extracomment>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>Backpropagation (Book 5): the chain rule gives every weight&apos;s gradient from one backward pass.</source>
        <translation>误差反向传播法（书中第 5 章）：利用链式法则，一次反向传播就能求出所有权重的梯度。</translation>
    </message>
    <message>
        <source>Numerical (structured)</source>
        <translation>数值微分（结构化）</translation>
    </message>
    <message>
        <source>True central differences for every weight, like the book&apos;s loop, recomputing only the losses a weight changes: the curves follow backprop&apos;s.</source>
        <translation>与书中的循环一样，对每个权重都做真正的中心差分，但只重新计算该权重所影响的损失：曲线与误差反向传播法的曲线一致。</translation>
    </message>
    <message>
        <source>Numerical (book, one weight at a time)</source>
        <translation>数值微分（书中，逐个权重）</translation>
    </message>
    <message>
        <source>The book&apos;s loop (Book 4.5): the network runs twice per weight, about 80,000 times per iteration.</source>
        <translation>书中的循环（书中 4.5）：每个权重都要让网络计算两次，每次迭代约 80,000 次。</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层神经元数</translation>
    </message>
    <message>
        <source>Weight init std</source>
        <translation>权重初始值的标准差</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>测试图像数</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>Measured on this computer: {0} per iteration, about {1} for the whole run (h:mm:ss, with {2} accuracy checks).</source>
        <translation>在这台计算机上测得：每次迭代 {0}，整个运行约 {1}（h:mm:ss，含 {2} 次识别精度测量）。</translation>
    </message>
    <message>
        <source>Pause and Stop act at once, inside an iteration too.</source>
        <translation>暂停和停止会立即生效，即使在一次迭代中间也是如此。</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>梯度计算</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>系统（{language}）</translation>
    </message>
    <message>
        <source>ScratchNN already shows {language}.</source>
        <translation>ScratchNN 已经以 {language} 显示。</translation>
    </message>
    <message>
        <source>ScratchNN will show {language} the next time it starts.</source>
        <translation>ScratchNN 下次启动时将以 {language} 显示。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>ScratchNN could not start again by itself. Your choice is saved: quit and start ScratchNN to see {language}.</source>
        <translation>ScratchNN 无法自行重新启动。您的选择已保存：退出后再次启动 ScratchNN，即可看到 {language} 界面。</translation>
    </message>
    <message>
        <source>ScratchNN shows {language} after a restart. Restart now? The window and every tab&apos;s inputs are kept.</source>
        <translation>重新启动后，ScratchNN 将以 {language} 显示。现在重新启动吗？窗口和各标签页中的输入都会保留。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>LogSlider</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Learning rate on a logarithmic scale, 1e-12 to 100. Marked: the book&apos;s 1e-10 (too small), 0.1 (just right) and 10 (too large).</source>
        <translation>对数刻度的学习率，从 1e-12 到 100。已标出书中的 1e-10（过小）、0.1（正好）和 10（过大）。</translation>
    </message>
</context>
<context>
    <name>LossTab</name>
    <message>
        <source>Loss functions</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Network output y (bars, drag them) and the one-hot target t</source>
        <translation>网络输出 y（柱形，可拖动）和 one-hot 表示的监督数据 t</translation>
    </message>
    <message>
        <source>class k</source>
        <translation>类别 k</translation>
    </message>
    <message>
        <source>t: 1 for the true digit, 0 elsewhere</source>
        <translation>t：正确数字为 1，其余为 0</translation>
    </message>
    <message>
        <source>½(y_k − t_k)²: each class&apos;s share of MSE</source>
        <translation>½(y_k − t_k)²：各类别在均方误差中所占的部分</translation>
    </message>
    <message>
        <source>y of the true class</source>
        <translation>正确类别的 y</translation>
    </message>
    <message>
        <source>Cross-entropy = −log(y_true + 1e-7)</source>
        <translation>交叉熵误差 = −log(y_true + 1e-7)</translation>
    </message>
    <message>
        <source>Output probability y_%1</source>
        <translation>输出概率 y_%1</translation>
    </message>
    <message>
        <source>Make %1 the true digit (t is one-hot)</source>
        <translation>把 %1 设为正确数字（t 为 one-hot 表示）</translation>
    </message>
    <message>
        <source>Drag a bar (or the slider under it) to set the output y_k; the round buttons pick the true digit. A softmax output sums to 1: press Normalise after editing.</source>
        <translation>拖动柱形（或其下方的滑块）来设定输出 y_k；用圆形按钮选择正确数字。softmax 的输出总和为 1：编辑后请按“归一化”。</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Every output counts: the orange bars are its ten terms.</source>
        <translation>每个输出都计入：橙色柱形就是它的十个项。</translation>
    </message>
    <message>
        <source>t is one-hot, so only the true class&apos;s output counts: E = −log(y_true + 1e-7), the yellow point on the curve below.</source>
        <translation>t 是 one-hot 表示，所以只有正确类别的输出计入：E = −log(y_true + 1e-7)，即下方曲线上的黄点。</translation>
    </message>
    <message>
        <source>Book example 1: &apos;2&apos; with 0.6</source>
        <translation>书中例 1：“2” 为 0.6</translation>
    </message>
    <message>
        <source>Book example 2: &apos;7&apos; with 0.6</source>
        <translation>书中例 2：“7” 为 0.6</translation>
    </message>
    <message>
        <source>Normalise to sum 1</source>
        <translation>归一化，使总和为 1</translation>
    </message>
    <message>
        <source>Why + 1e-7? log 0 is −∞: a zero output for the true class would make the loss infinite. With delta the worst loss is −log(1e-7) ≈ 16.1. Why a loss and not accuracy? Accuracy jumps in steps, so its derivative is 0 almost everywhere; a loss changes smoothly (Book 4.2.5).</source>
        <translation>为什么要 + 1e-7？log 0 是 −∞：如果正确类别的输出为 0，损失就会变成无穷大。加上 delta 后，最坏的损失也只是 −log(1e-7) ≈ 16.1。为什么用损失而不用识别精度？识别精度呈阶梯式跳变，其导数几乎处处为 0；而损失是平滑变化的（书中 4.2.5）。</translation>
    </message>
    <message>
        <source>The network&apos;s output for your digit, with {0} as the true digit.</source>
        <translation>网络对你写的数字的输出，正确数字为 {0}。</translation>
    </message>
    <message>
        <source>Book example 1: the network says &apos;2&apos; with 0.6, and 2 is right.</source>
        <translation>书中例 1：网络以 0.6 回答 “2”，正确答案是 2。</translation>
    </message>
    <message>
        <source>Book example 2: the network says &apos;7&apos; with 0.6, but 2 is right.</source>
        <translation>书中例 2：网络以 0.6 回答 “7”，但正确答案是 2。</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Cross-entropy error</source>
        <translation>交叉熵误差</translation>
    </message>
    <message>
        <source> (a softmax output sums to 1: press Normalise)</source>
        <translation> （softmax 的输出总和为 1：请按“归一化”）</translation>
    </message>
    <message>
        <source>Σ y_k = %1</source>
        <translation>Σ y_k = %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save weights…</source>
        <translation>保存权重(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Load weights…</source>
        <translation>加载权重(&amp;L)…</translation>
    </message>
    <message>
        <source>Export plot as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation>将数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;MNIST for the book&apos;s code…</source>
        <translation>为书中代码导出 MNIST(&amp;M)…</translation>
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
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ScratchNN</source>
        <translation>关于 ScratchNN(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit ScratchNN?</source>
        <translation>退出 ScratchNN 吗？</translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation>保存权重</translation>
    </message>
    <message>
        <source>There is no network to save yet: train one on the MNIST training tab or load weights first.</source>
        <translation>还没有可保存的网络：请先在 MNIST 学习标签页中进行学习，或加载权重。</translation>
    </message>
    <message>
        <source>NumPy weights (*.npz)</source>
        <translation>NumPy 权重 (*.npz)</translation>
    </message>
    <message>
        <source>Could not save the weights to {path}.</source>
        <translation>无法将权重保存到 {path}。</translation>
    </message>
    <message>
        <source>Weights saved to {path}</source>
        <translation>权重已保存到 {path}</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>加载权重</translation>
    </message>
    <message>
        <source>NumPy weights (*.npz);;All files (*)</source>
        <translation>NumPy 权重 (*.npz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not load weights from {path}.</source>
        <translation>无法从 {path} 加载权重。</translation>
    </message>
    <message>
        <source>Weights loaded from {path}</source>
        <translation>已从 {path} 加载权重</translation>
    </message>
    <message>
        <source>MNIST exported to {folder}</source>
        <translation>已将 MNIST 导出到 {folder}</translation>
    </message>
    <message>
        <source>Export plot as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>将数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not export to {path}.</source>
        <translation>无法导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>MistakesPage</name>
    <message>
        <source>All mistakes</source>
        <translation>全部识别错误</translation>
    </message>
    <message>
        <source>Page through every wrong answer, the most confident first.</source>
        <translation>逐页查看所有回答错误的数字，最有把握的排在最前。</translation>
    </message>
    <message>
        <source>After a run (or loading weights) the test digits are sorted here by what the network answered.</source>
        <translation>运行结束（或加载权重）后，测试数据中的数字会按网络的回答在这里分类。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; of the test set: {0:,} of {1:,} digits right, {2:.2%} (the diagonal&apos;s share). Click a cell to see its digits.</source>
        <translation>测试数据的&lt;b&gt;混淆矩阵&lt;/b&gt;：{1:,} 个数字中答对 {0:,} 个，{2:.2%}（对角线所占的比例）。点击单元格可查看其中的数字。</translation>
    </message>
    <message>
        <source>All {0:,} mistakes, the most confident first</source>
        <translation>全部 {0:,} 个识别错误，最有把握的在前</translation>
    </message>
    <message>
        <source>True {0}, answered {1}: {2:,} digits</source>
        <translation>正确 {0}，回答 {1}：{2:,} 个数字</translation>
    </message>
</context>
<context>
    <name>MnistDialog</name>
    <message>
        <source>Export MNIST for the book&apos;s code</source>
        <translation>为书中代码导出 MNIST</translation>
    </message>
    <message>
        <source>These files are already in {folder}:
{names}

Replace them with ScratchNN&apos;s copy of MNIST?</source>
        <translation>{folder} 中已有这些文件：
{names}

要用 ScratchNN 自带的 MNIST 替换它们吗？</translation>
    </message>
    <message>
        <source>Nothing was exported to {folder}: {error}</source>
        <translation>没有导出任何文件到 {folder}：{error}</translation>
    </message>
    <message>
        <source>Wrote the four MNIST files to {folder}, their contents checked by MD5:
{names}

Next: put them in the book&apos;s dataset/ folder, next to mnist.py. Its load_mnist() then finds them and never downloads. If dataset/ holds a mnist.pkl from an earlier failed attempt, delete it first so that load_mnist() rebuilds it from these files.</source>
        <translation>已将 4 个 MNIST 文件写入 {folder}，内容已用 MD5 校验：
{names}

下一步：把它们放进书中代码的 dataset/ 文件夹，与 mnist.py 放在一起。这样 load_mnist() 会找到它们，不再下载。如果 dataset/ 里有之前失败时留下的 mnist.pkl，请先删除它，好让 load_mnist() 用这些文件重新生成。</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Red pixels excite the unit, blue ones inhibit it; white ones hardly matter. Click a square to enlarge it.</source>
        <translation>红色像素使神经元兴奋，蓝色像素抑制它；白色像素几乎没有影响。点击方块可放大。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}-{1}-{2}&lt;/b&gt;: {0} input pixels (28×28), a hidden layer of {1} sigmoid units, {2} softmax outputs: &lt;b&gt;{3:,} parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}-{1}-{2}&lt;/b&gt;：输入像素 {0} 个（28×28），隐藏层有 {1} 个 sigmoid 神经元，softmax 输出 {2} 个：&lt;b&gt;参数 {3:,} 个&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation>还没有网络</translation>
    </message>
    <message>
        <source>Hidden unit {0}: its 784 weights</source>
        <translation>隐藏层神经元 {0}：它的 784 个权重</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; click a weight in W (its cell turns orange) and press “+h”, or drag the cell up or down. Then press “Gradient step” or “Train”: all six weights move against dW at once.</source>
        <translation>&lt;b&gt;从这里开始：&lt;/b&gt;点击 W 中的一个权重（其单元格变为橙色）并按“+h”，或上下拖动该单元格。然后按“梯度下降一步”或“学习”：六个权重会同时朝 dW 的反方向移动。</translation>
    </message>
    <message>
        <source>Examples from the study notes (4.4.2)</source>
        <translation>学习笔记中的例子（4.4.2）</translation>
    </message>
    <message>
        <source>Input x and true class t</source>
        <translation>输入 x 与正确类别 t</translation>
    </message>
    <message>
        <source>Make class {k} the true class: t is 1 there, 0 elsewhere</source>
        <translation>把类别 {k} 设为正确类别：t 在该处为 1，其余为 0（one-hot 表示）</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>正确类别</translation>
    </message>
    <message>
        <source>Nudge the picked weight by h</source>
        <translation>将选中的权重增加 h</translation>
    </message>
    <message>
        <source>The book reads dW this way: raising the weight by h changes the loss by about dW·h. A positive dW means: lower this weight to lower the loss.</source>
        <translation>书中这样解读 dW：把权重增加 h，损失大约变化 dW·h。dW 为正意味着：要降低损失，就应减小这个权重。</translation>
    </message>
    <message>
        <source>The book&apos;s code for the numerical dW</source>
        <translation>用数值微分求 dW 的书中代码</translation>
    </message>
    <message>
        <source>Learning: W ← W − lr·dW</source>
        <translation>学习：W ← W − lr·dW</translation>
    </message>
    <message>
        <source>descend</source>
        <translation>要降低的损失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Gradient step</source>
        <translation>梯度下降一步</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Watch the decision regions turn toward their points and the batch loss fall; accuracy climbs in steps.</source>
        <translation>观察决策区域转向各自的点、批数据的损失不断下降；识别精度呈阶梯式上升。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Picked: {name} = {value}; its dW is {dW:.8f}</source>
        <translation>已选：{name} = {value}，其 dW 为 {dW:.8f}</translation>
    </message>
    <message>
        <source>Steps since W was set: {steps}
Loss being descended: {first:.4f} → {now:.4f}
Accuracy on the 45 points: {accuracy:.0%}</source>
        <translation>设定 W 之后的步数：{steps}
正在降低的损失：{first:.4f} → {now:.4f}
45 个点上的识别精度：{accuracy:.0%}</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Notes 000: loss 2.93, dW for class 2 (the demo)</source>
        <translation>学习笔记 000：损失 2.93，类别 2 的 dW（演示）</translation>
    </message>
    <message>
        <source>Notes 001: loss 1.04, dW for class 0</source>
        <translation>学习笔记 001：损失 1.04，类别 0 的 dW</translation>
    </message>
    <message>
        <source>Notes 001: another randn(2, 3) draw</source>
        <translation>学习笔记 001：用 randn(2, 3) 抽取的另一组值</translation>
    </message>
    <message>
        <source>Toy batch: mean cross-entropy of 45 points</source>
        <translation>小型批数据：45 个点的交叉熵误差平均值</translation>
    </message>
    <message>
        <source>One sample: the book&apos;s x and t</source>
        <translation>单个样本：书中的 x 和 t</translation>
    </message>
    <message>
        <source>The lambda ignores its argument w: numerical_gradient changes net.W itself, one entry at a time, and net.loss(x, t) reads net.W.</source>
        <translation>lambda 并不使用它的参数 w：numerical_gradient 逐个元素地修改 net.W 本身，而 net.loss(x, t) 读取的正是 net.W。</translation>
    </message>
    <message>
        <source>Largest difference {difference:.1e}: the book&apos;s loss adds δ = 1e-7 inside the log and x^T(y − t) is the slope without it; the central difference itself is off by only {rest:.1e}.</source>
        <translation>最大差异 {difference:.1e}：书中的损失函数在 log 内加了 δ = 1e-7，而 x^T(y − t) 是不加 δ 时的斜率；中心差分本身的误差只有 {rest:.1e}。</translation>
    </message>
    <message>
        <source>Raising {name} by h = {h:g} changed the loss by {actual:.6g}; dW·h predicts {predicted:.6g}.</source>
        <translation>把 {name} 增加 h = {h:g} 后，损失变化了 {actual:.6g}；dW·h 预测的是 {predicted:.6g}。</translation>
    </message>
    <message>
        <source>{name} must be a number, not “{text}”.</source>
        <translation>{name} 必须是数值，而不是“{text}”。</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {text}.</source>
        <translation>{name} 必须是有限的数值，而不是 {text}。</translation>
    </message>
    <message>
        <source>W is 2×3: there is no weight at row {row}, column {col}.</source>
        <translation>W 是 2×3：第 {row} 行第 {col} 列没有权重。</translation>
    </message>
    <message>
        <source>W must be 2×3 numbers, not an array of shape {shape}.</source>
        <translation>W 必须是 2×3 个数值，而不是形状为 {shape} 的数组。</translation>
    </message>
    <message>
        <source>The true class must be 0, 1 or 2, not “{text}”.</source>
        <translation>正确类别必须是 0、1 或 2，而不是“{text}”。</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and at most {max:g}, not “{text}”.</source>
        <translation>学习率必须是大于 0 且不超过 {max:g} 的数值，而不是“{text}”。</translation>
    </message>
    <message>
        <source>{name} must lie between −{max:g} and {max:g}, not {text}.</source>
        <translation>{name} 必须在 −{max:g} 和 {max:g} 之间，而不是 {text}。</translation>
    </message>
    <message>
        <source>h must be a finite number other than 0, not “{text}”.</source>
        <translation>h 必须是不为 0 的有限数值，而不是“{text}”。</translation>
    </message>
    <message>
        <source>This step would move a weight beyond ±{max:g}: lower the learning rate.</source>
        <translation>这一步会使某个权重超出 ±{max:g}：请降低学习率。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>Loss along {name}:</source>
        <translation>{name} 方向的损失：</translation>
    </message>
    <message>
        <source>the book&apos;s x, t</source>
        <translation>书中的 x, t</translation>
    </message>
    <message>
        <source>toy batch</source>
        <translation>小型批数据</translation>
    </message>
    <message>
        <source>Accuracy on the toy batch along {name}</source>
        <translation>只改变 {name} 时小型批数据的识别精度</translation>
    </message>
    <message>
        <source>Toy batch, regions of argmax(xW)</source>
        <translation>小型批数据与 argmax(xW) 的区域</translation>
    </message>
    <message>
        <source>the book&apos;s x</source>
        <translation>书中的 x</translation>
    </message>
    <message>
        <source>Network gradient</source>
        <translation>神经网络的梯度</translation>
    </message>
    <message>
        <source>Loaded {0}.</source>
        <translation>已加载 {0}。</translation>
    </message>
    <message>
        <source>Training: {0} gradient steps a second.</source>
        <translation>学习中：每秒执行 {0} 步梯度法。</translation>
    </message>
    <message>
        <source>Training stopped after {steps} steps: the loss has levelled off at {loss:.4f} (accuracy {accuracy:.0%}).</source>
        <translation>{steps} 步后停止了学习：损失稳定在 {loss:.4f}（识别精度 {accuracy:.0%}）。</translation>
    </message>
    <message>
        <source>Training paused after {steps} steps: the loss is {loss:.4f} (accuracy {accuracy:.0%}). Press Train to go on.</source>
        <translation>{steps} 步后暂停了学习：损失为 {loss:.4f}（识别精度 {accuracy:.0%}）。按“学习”继续。</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <source>Blue is negative, red positive. Row i multiplies x_i; column k gives the score of class k.</source>
        <translation>蓝色为负，红色为正。第 i 行与 x_i 相乘；第 k 列给出类别 k 的得分。</translation>
    </message>
    <message>
        <source>p = x·W are the scores, y = softmax(p) the probabilities, t the one-hot target.</source>
        <translation>p = x·W 是得分，y = softmax(p) 是概率，t 是 one-hot 表示的监督数据。</translation>
    </message>
    <message>
        <source>W: click a weight to pick it; type or drag</source>
        <translation>W：点击选择权重；可输入或拖动</translation>
    </message>
    <message>
        <source>Forward pass: p = xW, y = softmax(p)</source>
        <translation>前向传播：p = xW, y = softmax(p)</translation>
    </message>
    <message>
        <source>numerical_gradient (the book&apos;s code)</source>
        <translation>numerical_gradient（书中的代码）</translation>
    </message>
    <message>
        <source>analytic: x^T(y − t)</source>
        <translation>解析导数：x^T(y − t)</translation>
    </message>
    <message>
        <source>dW: how the loss changes with each weight, computed two ways</source>
        <translation>dW：损失随各权重的变化（偏导数），用两种方法计算</translation>
    </message>
    <message>
        <source>loss = −Σ t log(y + 1e-7) = {loss}&lt;br&gt;The net answers class {answer} (largest p); the true class is {target}.</source>
        <translation>损失 = −Σ t log(y + 1e-7) = {loss}&lt;br&gt;网络回答类别 {answer}（p 最大）；正确类别是 {target}。</translation>
    </message>
    <message>
        <source>largest |numerical − analytic| = {0:.2e}</source>
        <translation>|数值 − 解析| 的最大值 = {0:.2e}</translation>
    </message>
    <message>
        <source>Dashed: tangents at the yellow points. The loss tangent&apos;s slope is dW for {name}: a partial derivative is the slope of this slice (4.3.3). Accuracy only steps, so its tangent is flat and shows no way down (4.2.5).</source>
        <translation>虚线：黄点处的切线。损失切线的斜率就是 {name} 的 dW：偏导数就是这种截面的斜率（4.3.3）。识别精度只会阶梯式变化，所以它的切线是平的，指不出下降的方向（4.2.5）。</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <source>completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Test acc</source>
        <translation>测试精度</translation>
    </message>
    <message>
        <source>Train acc</source>
        <translation>训练精度</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Forget the selected run: its row and its curves.</source>
        <translation>删除所选的运行：包括表格中的行和图中的曲线。</translation>
    </message>
    <message>
        <source>Export all runs as CSV…</source>
        <translation>将所有运行导出为 CSV…</translation>
    </message>
    <message>
        <source>One table of every run: settings, outcome, losses and per-epoch accuracies.</source>
        <translation>把所有运行汇成一张表：设置、结果、损失和每个 epoch 的识别精度。</translation>
    </message>
    <message>
        <source>Tick to show this run&apos;s curves; untick to hide them.</source>
        <translation>勾选以显示该运行的曲线；取消勾选则隐藏。</translation>
    </message>
</context>
<context>
    <name>ScratchNN</name>
    <message>
        <source>ScratchNN: unexpected error</source>
        <translation>ScratchNN：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

ScratchNN keeps running. If a tab looks wrong, restart the app. The details below help a bug report.</source>
        <translation>出现了问题：{error}

ScratchNN 会继续运行。如果某个标签页显示异常，请重新启动应用。下面的详细信息有助于报告错误。</translation>
    </message>
</context>
<context>
    <name>SlicePlots</name>
    <message>
        <source>the start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>the current point of the descent</source>
        <translation>梯度下降法的当前点</translation>
    </message>
    <message>
        <source>Slices at</source>
        <translation>截面位置</translation>
    </message>
    <message>
        <source>Rest the mouse on the map to see the slices there.</source>
        <translation>将鼠标停在等高线图上，即可看到该处的截面。</translation>
    </message>
    <message>
        <source>On the map, the black arrow is grad f = (∂f/∂x0, ∂f/∂x1) at this point, made of the two coloured slopes (drawn at a fixed length); the grey arrows show −grad f, the way gradient descent goes.</source>
        <translation>等高线图上的黑色箭头是该点处的 grad f = (∂f/∂x0, ∂f/∂x1)，由两个彩色斜率组成（以固定长度绘制）；灰色箭头表示 −grad f，即梯度下降法前进的方向。</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>Drag to turn the surface, scroll to zoom.</source>
        <translation>拖动以旋转曲面，滚动以缩放。</translation>
    </message>
</context>
<context>
    <name>TangentTab</name>
    <message>
        <source>x must be a finite number</source>
        <translation>x 必须是有限的数</translation>
    </message>
    <message>
        <source>the x range needs min &lt; max, at most {width:g} wide</source>
        <translation>x 范围需要 min &lt; max，宽度最多 {width:g}</translation>
    </message>
    <message>
        <source>h must be between 1e-50 and 1e-1</source>
        <translation>h 必须在 1e-50 和 1e-1 之间</translation>
    </message>
    <message>
        <source>method must be one of {methods}</source>
        <translation>差分方法必须是 {methods} 之一</translation>
    </message>
    <message>
        <source>Book: 0.01x² + 0.1x</source>
        <translation>书中：0.01x² + 0.1x</translation>
    </message>
    <message>
        <source>x²</source>
        <translation>x²</translation>
    </message>
    <message>
        <source>x³ - 3x</source>
        <translation>x³ - 3x</translation>
    </message>
    <message>
        <source>sin x</source>
        <translation>sin x</translation>
    </message>
    <message>
        <source>exp x</source>
        <translation>exp x</translation>
    </message>
    <message>
        <source>1/x</source>
        <translation>1/x</translation>
    </message>
    <message>
        <source>|x|: no derivative at 0</source>
        <translation>|x|：在 0 处不可导</translation>
    </message>
    <message>
        <source>Derivative &amp;&amp; tangent</source>
        <translation>导数 &amp;&amp; 切线</translation>
    </message>
    <message>
        <source>|numerical − analytical|</source>
        <translation>|数值导数 − 解析导数|</translation>
    </message>
    <message>
        <source>Error of the numerical derivative against h</source>
        <translation>数值导数的误差随 h 的变化</translation>
    </message>
    <message>
        <source>error exactly 0 (drawn here)</source>
        <translation>误差恰好为 0（画在这里）</translation>
    </message>
    <message>
        <source>central (f(x+h) − f(x−h)) / 2h</source>
        <translation>中心差分 (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>forward (f(x+h) − f(x)) / h</source>
        <translation>前向差分 (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>f(x) =</source>
        <translation>f(x) =</translation>
    </message>
    <message>
        <source>x range</source>
        <translation>x 范围</translation>
    </message>
    <message>
        <source>x (or drag)</source>
        <translation>x（或拖动）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Bad function: {0}</source>
        <translation>函数有误：{0}</translation>
    </message>
    <message>
        <source>h = {0:.1e}</source>
        <translation>h = {0:.1e}</translation>
    </message>
    <message>
        <source>central</source>
        <translation>中心差分</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向差分</translation>
    </message>
    <message>
        <source>x = {0:.6g}, f(x) = {1:.9g}</source>
        <translation>x = {0:.6g}, f(x) = {1:.9g}</translation>
    </message>
    <message>
        <source>numerical ({0}, h = {1:.1e}): {2!r}</source>
        <translation>数值微分（{0}，h = {1:.1e}）：{2!r}</translation>
    </message>
    <message>
        <source>analytical f&apos;(x) = {0}</source>
        <translation>解析性求导 f&apos;(x) = {0}</translation>
    </message>
    <message>
        <source>  at x: {0:.15g}</source>
        <translation>  在 x 处：{0:.15g}</translation>
    </message>
    <message>
        <source>difference numerical − analytical: {0:.3e}</source>
        <translation>差（数值 − 解析）：{0:.3e}</translation>
    </message>
    <message>
        <source>f overflows at x (beyond float64&apos;s largest number, about 1.8e308): no derivative here</source>
        <translation>f 在 x 处溢出（超过 float64 的最大数，约 1.8e308）：此处没有导数</translation>
    </message>
    <message>
        <source>f is not finite at x: no derivative here</source>
        <translation>f 在 x 处不是有限值：这里不可导</translation>
    </message>
    <message>
        <source>the analytical derivative overflows at x (beyond about 1.8e308)</source>
        <translation>解析导数在 x 处溢出（超过约 1.8e308）</translation>
    </message>
    <message>
        <source>f has a kink at x: no derivative here (left and right slopes differ)</source>
        <translation>f 在 x 处有折点：这里不可导（左右两侧的斜率不同）</translation>
    </message>
    <message>
        <source>no analytical derivative</source>
        <translation>没有解析导数</translation>
    </message>
    <message>
        <source>the analytical derivative is undefined at x</source>
        <translation>解析导数在 x 处无定义</translation>
    </message>
    <message>
        <source>no analytical derivative at this x to compare</source>
        <translation>在这个 x 处没有可比较的解析导数</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Train &amp;more</source>
        <translation>追加学习(&amp;M)</translation>
    </message>
    <message>
        <source>Go on from the current network for this many iterations: the curves continue and the run keeps its settings. After loading weights, a new run starts from them with the settings above.</source>
        <translation>从当前网络出发再迭代这么多次：曲线会接续，运行保持原有设置。加载权重后，则以这些权重和上面的设置开始新的运行。</translation>
    </message>
    <message>
        <source>Continue training</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>次迭代</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Iteration {0:,}: numerical gradient {1:,} of {2:,} parameters, time left {3}</source>
        <translation>第 {0:,} 次迭代：数值微分 {2:,} 个参数中的 {1:,} 个，剩余时间 {3}</translation>
    </message>
    <message>
        <source>{0} it/s, time left {1}</source>
        <translation>每秒 {0} 次，剩余 {1}</translation>
    </message>
    <message>
        <source>{0:,} iterations in {1}</source>
        <translation>{1} 内迭代 {0:,} 次</translation>
    </message>
    <message>
        <source>Numerical gradient</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>The numerical gradient needs about {0} (h:mm:ss) for this run. Backpropagation gives the same gradient in seconds. Start anyway?</source>
        <translation>用数值微分完成这次运行约需 {0}（h:mm:ss）。误差反向传播法几秒内就能求出相同的梯度。仍要开始吗？</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss per mini-batch</source>
        <translation>每个 mini-batch 的损失</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>smoothed (EMA)</source>
        <translation>平滑 (EMA)</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>每个 epoch 的识别精度</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>测试数据</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>lr {value}</source>
        <translation>学习率 {value}</translation>
    </message>
    <message>
        <source>hidden {value}</source>
        <translation>隐藏层 {value}</translation>
    </message>
    <message>
        <source>batch {value}</source>
        <translation>批大小 {value}</translation>
    </message>
    <message>
        <source>{value} iterations</source>
        <translation>迭代 {value} 次</translation>
    </message>
    <message>
        <source>init std {value}</source>
        <translation>初始值标准差 {value}</translation>
    </message>
    <message>
        <source>{value} gradient</source>
        <translation>梯度：{value}</translation>
    </message>
    <message>
        <source>train {value}</source>
        <translation>训练 {value}</translation>
    </message>
    <message>
        <source>test {value}</source>
        <translation>测试 {value}</translation>
    </message>
    <message>
        <source>seed {value}</source>
        <translation>种子 {value}</translation>
    </message>
    <message>
        <source>{value} weights</source>
        <translation>权重 {value}</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>structured numerical</source>
        <translation>结构化数值微分</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>运行 {n}</translation>
    </message>
    <message>
        <source>The saved run history {path} could not be read ({reason}). It was moved to {backup} and a new history was started.</source>
        <translation>无法读取已保存的运行记录 {path}（{reason}）。它已被移到 {backup}，并开始了新的记录。</translation>
    </message>
    <message>
        <source>The saved run history {path} could not be read ({reason}) nor moved aside ({error}). Runs of this session will not be kept.</source>
        <translation>无法读取已保存的运行记录 {path}（{reason}），也无法将其移开（{error}）。本次会话的运行将不会被保存。</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，而不是文件</translation>
    </message>
    <message>
        <source>it is far larger than a run history</source>
        <translation>它比运行记录大得多</translation>
    </message>
    <message>
        <source>it was written by another version of ScratchNN</source>
        <translation>它是由另一个版本的 ScratchNN 写入的</translation>
    </message>
    <message>
        <source>it is damaged or not a run history</source>
        <translation>它已损坏或不是运行记录</translation>
    </message>
    <message>
        <source>MNIST training</source>
        <translation>MNIST 学习</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>识别错误</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>梯度确认</translation>
    </message>
    <message>
        <source>Training is already running.</source>
        <translation>学习已在进行中。</translation>
    </message>
    <message>
        <source>Training started: loading MNIST, then {0} iterations.</source>
        <translation>学习已开始：先加载 MNIST，然后迭代 {0} 次。</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>Training resumed.</source>
        <translation>学习已继续。</translation>
    </message>
    <message>
        <source>Pausing...</source>
        <translation>正在暂停...</translation>
    </message>
    <message>
        <source>Training completed: {0} iterations in {1:.1f} s.</source>
        <translation>学习完成：{1:.1f} 秒内迭代 {0} 次。</translation>
    </message>
    <message>
        <source>Training stopped after {0} iterations ({1:.1f} s).</source>
        <translation>迭代 {0} 次后停止了学习（{1:.1f} 秒）。</translation>
    </message>
    <message>
        <source>Training diverged after {0} iterations ({1:.1f} s): the loss became infinite or NaN. At learning rate {2:g} each step overshoots the minimum, the weights grow until the numbers overflow (Book 4.4.1: too large a learning rate diverges). Try a smaller one, such as 0.1.</source>
        <translation>迭代 {0} 次后学习发散了（{1:.1f} 秒）：损失变成了无穷大或 NaN。学习率为 {2:g} 时，每一步都越过最小值，权重不断变大，直到数值溢出（书中 4.4.1：学习率过大会发散）。请尝试更小的学习率，例如 0.1。</translation>
    </message>
    <message>
        <source>The loss did not fall: at learning rate {0:g} every step overshoots, so the weights jump about instead of settling (Book 4.4.1: too large a learning rate diverges). The loss stays finite only because softmax and the 1e-7 in the cross-entropy keep it below 16.1. Try a smaller one, such as 0.1.</source>
        <translation>损失没有下降：学习率为 {0:g} 时每一步都越过头，权重来回跳动而无法稳定（书中 4.4.1：学习率过大会发散）。损失之所以保持有限，只是因为 softmax 和交叉熵误差中的 1e-7 使它不超过 16.1。请尝试更小的学习率，例如 0.1。</translation>
    </message>
    <message>
        <source>A training is running ({0:,} of {1:,} iterations, {2} left). Quitting stops it: the run stays in the run history as stopped, but its network is lost unless you stop it first and save the weights. Quit anyway?</source>
        <translation>学习正在进行（{1:,} 次迭代中的第 {0:,} 次，剩余 {2}）。退出会停止学习：该运行会以“已停止”留在运行记录中，但除非先停止并保存权重，否则网络将会丢失。仍要退出吗？</translation>
    </message>
    <message>
        <source>This network diverged: its weights are no longer finite numbers, so training cannot go on. Start a new run with a smaller learning rate.</source>
        <translation>这个网络已经发散：它的权重不再是有限的数值，因此无法继续学习。请用更小的学习率开始新的运行。</translation>
    </message>
    <message>
        <source>Final accuracy: train {0:.2%}, test {1:.2%}</source>
        <translation>最终识别精度：训练数据 {0:.2%}，测试数据 {1:.2%}</translation>
    </message>
    <message>
        <source>Weights loaded ({0} hidden units).</source>
        <translation>已加载权重（隐藏层神经元 {0} 个）。</translation>
    </message>
    <message>
        <source>Could not finish: {0}</source>
        <translation>未能完成：{0}</translation>
    </message>
    <message>
        <source>Training paused.</source>
        <translation>学习已暂停。</translation>
    </message>
    <message>
        <source>There is no network yet: train one or load weights first.</source>
        <translation>还没有网络：请先进行学习，或加载权重。</translation>
    </message>
    <message>
        <source>Stop the training before loading weights.</source>
        <translation>加载权重前请先停止学习。</translation>
    </message>
    <message>
        <source>Weights loaded; measuring their accuracy...</source>
        <translation>已加载权重；正在测量识别精度...</translation>
    </message>
</context>
<context>
    <name>WeightMaps</name>
    <message>
        <source>Each square is one hidden unit&apos;s weights from the 28x28 pixels (a column of W1). Red: positive, blue: negative, white: near 0. Click one to enlarge it.</source>
        <extracomment>Blue for negative, white for zero, red for positive weights (a diverging map centred on 0).</extracomment>
        <translation>每个方块是一个隐藏层神经元来自 28x28 像素的权重（W1 的一列）。红色：正，蓝色：负，白色：接近 0。点击可放大。</translation>
    </message>
    <message>
        <source>The hidden units&apos; weights appear here when a network is trained or loaded.</source>
        <translation>学习或加载网络后，隐藏层神经元的权重会显示在这里。</translation>
    </message>
</context>
<context>
    <name>WeightMatrixEditor</name>
    <message>
        <source>Click to pick this weight; type a number and press Enter, or drag up or down to change it (Shift: finer).</source>
        <translation>点击以选中此权重；输入数字后按 Enter，或上下拖动来修改（Shift：更精细）。</translation>
    </message>
</context>
</TS>
