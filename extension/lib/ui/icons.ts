/** The icons the extension uses, from lucide (one set, shipped in the extension; never emoji glyphs). */
export {
  Activity, ArrowDown, ArrowLeft, ArrowUp, Bell, Check, ChevronDown, ChevronRight, Circle, CircleDot, Code, Copy, Crosshair, Download,
  ExternalLink, Eye, EyeOff, Flag, FlaskConical, Globe, GripVertical, Info, KeyRound, Languages, LayoutTemplate, Link, ListChecks,
  LifeBuoy, Megaphone, MessageSquare, MessageSquareHeart, MousePointerClick, Palette, PanelTop, Pause, Play, Plus, Radio, RefreshCw, Rocket,
  RotateCcw, Route, Search, Server, Settings2, Sparkle, Sparkles, Square, Target, Undo2, Upload, UserRound, X,
  TriangleAlert as AlertTriangle, CircleCheck as CheckCircle2, Clock as History, Ellipsis as MoreHorizontal, Trash as Trash2,
  WandSparkles as Wand2, Bold, Heading1, Heading2, Heading3, Image as ImageIcon, Italic, List, ListOrdered, Pilcrow, Underline,
} from 'lucide';
