pragma solidity ^0.4.24;

library SafeMath {
    function add(uint a, uint b) internal pure returns (uint c) { c = a + b; assert(c >= a); }
    function sub(uint a, uint b) internal pure returns (uint) { assert(b <= a); return a - b; }
}

// an old token done right: SafeMath, checked balances, owner-only mint
contract OldSafeToken {
    using SafeMath for uint;
    mapping(address => uint) public balanceOf;
    uint public totalSupply;
    address public owner;

    constructor() public { owner = msg.sender; }

    function mint(address to, uint amount) public {
        require(msg.sender == owner);
        require(to != address(0));
        totalSupply = totalSupply.add(amount);
        balanceOf[to] = balanceOf[to].add(amount);
    }

    function transfer(address to, uint amount) public returns (bool) {
        require(to != address(0));
        require(msg.data.length >= 68);
        balanceOf[msg.sender] = balanceOf[msg.sender].sub(amount);
        balanceOf[to] = balanceOf[to].add(amount);
        return true;
    }
}
